import Foundation
import Testing

extension BrowserJourneys {
    /// A trusted person asks their champion for help; the champion sees that it exists (not what
    /// it says, which the person shared only with the trusted person) and answers.
    @Suite struct HelpRequest {
        static let question = "Alex's landlord has stopped answering about the repairs."
        static let answer = "Try the tenancy relations officer; I will send you their work number."

        @Test func aTrustedPersonAsksAndTheChampionAnswers() async throws {
            try await withLiveApp { live in
                let riverside = try live.createOrganisation("Riverside Day Centre")
                let patAccount = try live.createUser("pat@example.org", roles: [.trustedPerson], name: "Pat Quinn", organisationID: riverside)
                let pat = try live.createTrustedPerson("Pat Quinn", userID: patAccount, organisationID: riverside)
                let alex = try live.refer("Alex Morgan")
                try live.link(alex, pat)
                try live.consent(alex, to: .trustedPerson(pat), [.notes])
                try live.createUser("dev@example.org", roles: [.champion], name: "Dev Okafor", organisationID: riverside)
                try await withBrowser { trusted in
                    try await trusted.signIn(live, email: "pat@example.org")
                    try await trusted.navigate(to: live.url("/help/new"))
                    try await trusted.select("#individual", value: "\(alex)")
                    try await trusted.fill("#text", with: Self.question)
                    try await trusted.click("#ask")
                    let request = try await trusted.waitForID(afterPathPrefix: "/help/")
                    #expect(try await trusted.text(of: "#request-text") == Self.question)

                    try await withBrowser { champion in
                        try await champion.signIn(live, email: "dev@example.org")
                        try await champion.navigate(to: live.url("/organisation"))
                        try await champion.click("#requests a")
                        _ = try await champion.waitForPath("/help/\(request)")
                        #expect(try await champion.pageSource().contains("landlord") == false)
                        #expect(try await champion.findElements(css: "#request-text-withheld").count == 1)
                        try await champion.attachScreenshot(named: "help-request-as-the-champion-sees-it")
                        try await champion.fill("#reply", with: Self.answer)
                        try await champion.click("#send-reply")
                        try await champion.waitForText("Answered", in: "#request-status")
                    }
                    try await trusted.navigate(to: live.url("/help/\(request)"))
                    #expect(try await trusted.texts(of: "#replies .reply-text") == [Self.answer])
                    #expect(try await trusted.text(of: "#request-status") == "Answered")
                }
            }
        }
    }
}
