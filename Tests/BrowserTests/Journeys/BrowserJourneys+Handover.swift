import Domain
import Foundation
import Testing

extension BrowserJourneys {
    /// A handover carries the person's consent: the coordinator records what the person agrees
    /// to share with the incoming trusted person, writes the note; the incoming person finds it
    /// on their home page, reads it, accepts; after the switch they read the story with no one
    /// entering anything again (PRODUCT.md, "Handovers": tell it once).
    @Suite struct Handover {
        /// The story entry, distinctive enough to search the whole page source for.
        static let sentence = "I lost my flat when the factory closed and slept in my van for a year."
        static let note = "Alex likes a walk rather than an office; ask about the allotment."

        @Test func theIncomingTrustedPersonReadsTheNoteAcceptsAndThenReadsTheStory() async throws {
            try await withLiveApp { live in
                let person = try live.refer("Alex Morgan")
                try live.tellStory(person, .story, Self.sentence)
                let sam = try live.createTrustedPerson("Sam Reid")
                let samLink = try live.link(person, sam, role: .primary)
                try live.consent(person, to: .trustedPerson(sam), [.story])
                try live.createUser("coordinator@example.org", roles: [.coordinator], name: "Cara Doyle")
                let kimAccount = try live.createUser("kim@example.org", roles: [.trustedPerson], name: "Kim Hart")
                _ = try live.createTrustedPerson("Kim Hart", userID: kimAccount)
                try await withBrowser { coordinator in
                    try await coordinator.signIn(live, email: "coordinator@example.org")
                    let handover = try await Self.proposeAndAgree(coordinator, live, person: person, link: samLink)

                    try await withBrowser { kim in
                        try await kim.signIn(live, email: "kim@example.org")
                        try await kim.navigate(to: live.url("/alongside"))
                        try await kim.click("#handovers-waiting a")
                        _ = try await kim.waitForPath("/handovers/\(handover)")
                        #expect(try await kim.text(of: "#handover-note") == Self.note)
                        #expect(try await kim.pageSource().contains(Self.sentence) == false)
                        try await kim.attachScreenshot(named: "handover-note-for-the-incoming-person")
                        try await kim.click("#next-step")
                        try await kim.waitForText("Accepted by the incoming person", in: "#handover-stage")

                        try await coordinator.navigate(to: live.url("/handovers/\(handover)"))
                        try await coordinator.click("#next-step")
                        try await coordinator.waitForText("Completed", in: "#handover-stage")

                        try await kim.navigate(to: live.url("/people/\(person)"))
                        _ = try await kim.waitForElement(css: "#story")
                        #expect(try await kim.texts(of: "#story .story-body") == [Self.sentence])
                        #expect(try await kim.findElements(css: "#story-hidden").isEmpty)
                        try await kim.navigate(to: live.url("/handovers/\(handover)"))
                        #expect(try await kim.text(of: "#handover-note") == Self.note)
                    }
                }
            }
        }

        /// Proposes a handover from Sam to Kim (someone new), records the person's agreement
        /// (the story, offered from Sam's consent, ticked already) and the note; returns its id.
        static func proposeAndAgree(_ browser: WebDriver, _ live: LiveApp, person: Int64, link: Int64) async throws -> Int64 {
            try await browser.navigate(to: live.url("/people/\(person)/handovers/new?link=\(link)"))
            try await browser.select("#someone_new", text: "Kim Hart")
            try await browser.fill("#why_someone_new", with: "Sam moves to another county")
            try await browser.click("main form button[type=submit]")
            let handover = try await browser.waitForID(afterPathPrefix: "/handovers/")
            #expect(try await browser.findElement(css: "#category-story").isSelected())
            #expect(try await browser.findElement(css: "#category-health").isSelected() == false)
            try await browser.attachScreenshot(named: "handover-agreement")
            try await browser.fill("#words", with: "Kim can know what I told Sam. Not my health.")
            try await browser.click("#next-step")
            try await browser.waitForText("Agreed by the person", in: "#handover-stage")
            try await browser.fill("#note", with: note)
            try await browser.click("#next-step")
            try await browser.waitForText("Handover note written", in: "#handover-stage")
            return handover
        }
    }
}
