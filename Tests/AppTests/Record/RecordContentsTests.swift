import Domain
import Foundation
import Testing
@testable import App

/// The record page's contents list and its folded sections (issue 15): counts of what the
/// reader may see, hidden things only as "N not shared with you", every entry still in the page.
@Suite struct RecordContentsTests {
    /// `count` contacts in `category`, a day apart from the referral date, notes "Contact 1" …
    private func addContacts(_ test: TestApp, _ person: Int64, _ count: Int, _ category: InformationCategory, from first: Int = 1) throws {
        try test.pool.write { db in
            for number in first..<(first + count) {
                try ContactStore.addContact(
                    individualID: person, on: TestApp.referralDate.adding(days: number), kind: .phone, trustedPersonID: nil,
                    servicesInvolved: "", category: category, note: "Contact \(number) (\(category.rawValue))", by: nil, now: test.now, db)
            }
        }
    }

    /// The contents list's line for the section `id`, tags stripped.
    private func contentsLine(_ page: TestResponse, _ id: String) throws -> String {
        let nav = try #require(page.body.firstRange(of: "<nav class=\"record-contents\"").map { page.body[$0.lowerBound...] })
        let line = try #require(nav.firstRange(of: "<li><a href=\"#\(id)\">").map { nav[$0.lowerBound...] })
        let item = line.prefix(upTo: try #require(line.firstRange(of: "</li>")).lowerBound)
        return String(item.replacing(/<[^>]+>/, with: ""))
    }

    @Test func theContentsListCountsWhatTheReaderMaySeeAndOffersEachSectionsAction() throws {
        let test = try TestApp()
        let (client, sam) = try test.signedInTrustedPerson()
        let person = try test.refer("Robin")
        try test.link(person, sam, role: .primary)
        try test.consent(person, to: .trustedPerson(sam), [.notes, .story])
        try addContacts(test, person, 12, .notes)
        try addContacts(test, person, 3, .health, from: 20)
        try test.story(person, .story, "Told once")
        try test.story(person, .housing, "Where I sleep")
        let page = try client.get("/people/\(person)")
        #expect(page.status == 200)
        #expect(try contentsLine(page, "contacts") == "Contacts (12, and 3 not shared with you) · Record a contact")
        #expect(page.contains("<a href=\"/people/\(person)/contacts/new\">Record a contact</a></li>"))
        #expect(try contentsLine(page, "story") == "Story (1, and 1 not shared with you) · Add to the story")
        #expect(try contentsLine(page, "plan") == "Plan (not shared with you)")
        #expect(try contentsLine(page, "meetings") == "Multi-agency meetings (0)")
        #expect(try contentsLine(page, "circle") == "Circle of trust (1)")
        #expect(!page.contains("<a href=\"#access-log\">"), "a trusted person has no access-log section")
        #expect(!page.contains("Contact 20"), "nothing hidden is shown")
        #expect(page.contains("id=\"contacts\"") && page.contains("id=\"story\"") && page.contains("id=\"plan\""))
    }

    @Test func anEmptySectionIsCountedAsNoneWithNothingSaidAboutHiddenEntries() throws {
        let test = try TestApp()
        let (client, sam) = try test.signedInTrustedPerson()
        let person = try test.refer("Robin")
        try test.link(person, sam, role: .primary)
        try test.consent(person, to: .trustedPerson(sam), [.notes])
        let page = try client.get("/people/\(person)")
        #expect(try contentsLine(page, "contacts") == "Contacts (0) · Record a contact")
        #expect(try contentsLine(page, "story") == "Story (0) · Add to the story")
        #expect(!page.contains("0 more") && !page.contains("0 not shared"))
    }

    @Test func aCoordinatorsContentsListHasTheirActionsAndTheConsentCount() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        let coordinator = try test.signedIn([.coordinator])
        let page = try coordinator.get("/people/\(person)")
        #expect(try contentsLine(page, "circle") == "Circle of trust (0) · Add someone to the circle")
        #expect(try contentsLine(page, "consents") == "Consent to share (1) · Record consent")
        #expect(try contentsLine(page, "meetings") == "Multi-agency meetings (0) · Record a meeting")
        #expect(try contentsLine(page, "access-log") == "Who has looked")
        #expect(try contentsLine(page, "status").hasSuffix("· Change the status"))
        #expect(page.contains("<details id=\"change-status\">\n  <summary>Change the status</summary>\n  <form method=\"post\" action=\"/people/\(person)/status\""))
        let refused = try coordinator.post("/people/\(person)/status", [("to_status", "closed"), ("on", "2026-02-01"), ("closure_reason", "")])
        #expect(refused.status == 422)
        #expect(refused.contains("<details id=\"change-status\" open>"), "a refused change opens the form at its messages")
    }

    @Test func aLongContactLogShowsTheLatestThreeAndKeepsEveryOtherBehindShowAll() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        try addContacts(test, person, 12, .notes)
        let page = try test.signedIn([.coordinator]).get("/people/\(person)")
        let section = try #require(page.body.firstRange(of: "id=\"contacts\"").map { page.body[$0.lowerBound...] })
        let folded = try #require(section.firstRange(of: "<details class=\"show-all\" id=\"contacts-all\">"))
        let before = section[..<folded.lowerBound], after = section[folded.lowerBound...]
        for number in 10...12 { #expect(before.contains("Contact \(number) (notes)")) }
        #expect(after.contains("<summary>Show all 12 contacts (9 earlier)</summary>"))
        for number in 1...9 {
            #expect(after.contains("Contact \(number) (notes)"))
            #expect(!before.contains("Contact \(number) (notes)"))
        }
    }

    @Test func aShortListIsNotFolded() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        try addContacts(test, person, 4, .notes)
        let page = try test.signedIn([.coordinator]).get("/people/\(person)")
        for number in 1...4 { #expect(page.contains("Contact \(number) (notes)")) }
        #expect(!page.contains("id=\"contacts-all\""))
    }

    @Test func aLongStoryShowsTheLatestThreeWithTheEarlierEntriesFolded() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        for number in 1...6 { try test.story(person, .story, "Telling \(number)") }
        let page = try test.signedIn([.coordinator]).get("/people/\(person)")
        let section = try #require(page.body.firstRange(of: "id=\"story\"").map { page.body[$0.lowerBound...] })
        let folded = try #require(section.firstRange(of: "<details class=\"show-all\" id=\"story-all\">"))
        let end = try #require(section.firstRange(of: "</section>"))
        let before = section[..<folded.lowerBound], inside = section[folded.lowerBound..<end.lowerBound]
        #expect(inside.contains("<summary>Show all 6 entries (3 earlier)</summary>"))
        for number in 4...6 { #expect(before.contains("Telling \(number)") && !inside.contains("Telling \(number)")) }
        for number in 1...3 { #expect(inside.contains("Telling \(number)") && !before.contains("Telling \(number)")) }
        #expect(try contentsLine(page, "story") == "Story (6) · Add to the story")
    }

    @Test(arguments: [(0, 0, "0"), (5, 0, "5"), (0, 2, "0, and 2 not shared with you"), (3, 1, "3, and 1 not shared with you")])
    func countTextNeverMentionsZeroHidden(shown: Int, hidden: Int, text: String) {
        #expect(RecordPage.countText(shown: shown, hidden: hidden) == text)
    }
}
