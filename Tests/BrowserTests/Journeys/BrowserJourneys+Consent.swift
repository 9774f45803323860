import Domain
import Foundation
import Testing

extension BrowserJourneys {
    /// The person stops sharing on their own page, and it stops at once for the trusted person
    /// already looking (PRODUCT.md, "Consent — the rule at the heart": withdrawal takes effect
    /// at once, for every page; no consent, no content; the person sees who has looked).
    @Suite struct Consent {
        static let organisation = "Riverside Day Centre"
        static let sentence = "I slept in the bus station most of last winter and kept my papers in my boots."

        @Test func withdrawingStopsSharingWithTheOrganisationAtOnce() async throws {
            try await withLiveApp { live in
                let (person, consent) = try Self.arrange(live)
                try await withBrowser { worker in
                    try await worker.signIn(live, email: "pat@example.org")
                    try await worker.navigate(to: live.url("/people/\(person)"))
                    try await worker.waitForElement(css: "#story")
                    #expect(try await worker.texts(of: "#story .story-body") == [Self.sentence])
                    #expect(try await worker.findElements(css: "#story-hidden").isEmpty)

                    try await withBrowser(windowWidth: 390, windowHeight: 844) { phone in
                        try await phone.signIn(live, email: "alex@example.org")
                        try await Self.stopSharing(phone, consent: consent)

                        try await worker.refresh()
                        try await worker.waitForPath("/people/\(person)")
                        try await worker.waitForText("1 entry is not shared with you.", in: "#story-hidden")
                        #expect(try await worker.findElements(css: "#story .story-body").isEmpty)
                        #expect(try await worker.pageSource().contains(Self.sentence) == false)

                        let views = try await Self.whoHasLooked(phone)
                        #expect(
                            views.filter { $0.who == "Pat Quinn (Trusted person)" }.map(\.what)
                                == ["their summary only", "Story"],
                            "newest first: the view after withdrawal read nothing, the one before read the story")
                    }
                }
                let withdrawal = try #require(try live.withdrawal(ofConsent: consent, of: person))
                #expect(withdrawal.how == "by-the-person")
            }
        }

        /// An open individual with an account and one story entry, a trusted person of the
        /// organisation linked to them, and a consent to the organisation for the story.
        static func arrange(_ live: LiveApp) throws -> (person: Int64, consent: Int64) {
            let riverside = try live.createOrganisation(organisation)
            let person = try live.refer("Alex Morgan")
            try live.giveAccount(try live.createUser("alex@example.org", roles: [.individual], name: "Alex Morgan"), to: person)
            try live.tellStory(person, .story, sentence)
            let account = try live.createUser("pat@example.org", roles: [.trustedPerson], name: "Pat Quinn")
            try live.link(person, try live.createTrustedPerson("Pat Quinn", userID: account, organisationID: riverside))
            let consent = try live.consent(person, to: .organisation(riverside), [.story])
            return (person, consent)
        }

        /// From the home page to "Who can see my information", then stops sharing with the
        /// organisation through the confirmation page, photographed at phone width.
        static func stopSharing(_ phone: WebDriver, consent: Int64) async throws {
            try await phone.click("main .cards a[href='/me']")
            try await phone.waitForPath("/me")
            try await phone.click("main a[href='/me/sharing']")
            try await phone.waitForPath("/me/sharing")
            let stop = try await phone.wait(for: "the 'Stop sharing with \(organisation)' link") {
                for link in try await phone.findElements(css: "main .consent a") {
                    if try await link.text() == "Stop sharing with \(organisation)" { return link }
                }
                return nil
            }
            try await stop.click()

            try await phone.waitForPath("/me/sharing/\(consent)/withdraw")
            #expect(try await phone.text(of: "main h1") == "Stop sharing with \(organisation)?")
            #expect(try await phone.text(of: "main .lead").hasPrefix("\(organisation) will no longer see your Story."))
            let png = try await phone.screenshot()
            #expect(PNG.size(of: png)?.width == 390)
            Attachment.record([UInt8](png), named: "withdraw-confirmation-phone.png")

            try await phone.click("#confirm-withdraw")
            try await phone.waitForPath("/me/sharing")
            try await phone.waitForText(
                "The consent has been withdrawn. Nothing more is shared under it, from now.", in: "main .notice")
            #expect(try await phone.findElements(css: "main .consent a[href*='/withdraw']").isEmpty)
            #expect(try await phone.text(of: "main .consent .meta").hasSuffix("by the person"))
        }

        /// Goes back to the person's own page and opens "Who has looked"; returns its rows as
        /// who and what they saw, newest first.
        static func whoHasLooked(_ phone: WebDriver) async throws -> [(who: String, what: String)] {
            try await phone.click("main a[href='/me']")
            try await phone.waitForPath("/me")
            try await phone.click("main a[href='/me/looked']")
            try await phone.waitForPath("/me/looked")
            try await phone.waitForElement(css: "main table.data tbody tr")
            var rows: [(who: String, what: String)] = []
            for row in try await phone.findElements(css: "main table.data tbody tr") {
                let cells = try await row.findElements(css: "td")
                guard cells.count == 4 else { continue }
                rows.append((try await cells[1].text(), try await cells[2].text()))
            }
            return rows
        }
    }
}
