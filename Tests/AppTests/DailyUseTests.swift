import Domain
import Foundation
import Testing
@testable import App

/// Issue 15's smaller items: no "0 more not shared" on an empty section, a favicon that
/// exists, date boxes whose labels say the expected order, and the
/// record's "Back" link leading where the reader may go.
@Suite struct DailyUseTests {
    @Test func anEmptyContactsSectionSaysNothingAboutHiddenContacts() throws {
        let test = try TestApp()
        let (client, sam) = try test.signedInTrustedPerson()
        let person = try test.refer("Robin")
        try test.link(person, sam, role: .primary)
        try test.consent(person, to: .trustedPerson(sam), [.story])
        let empty = try client.get("/people/\(person)")
        #expect(empty.status == 200)
        #expect(!empty.contains("0 more"))
        #expect(!empty.contains("contacts are not shared with you"))
        try test.pool.write { db in
            try ContactStore.addContact(
                individualID: person, on: TestApp.referralDate, kind: .inPerson, trustedPersonID: nil, servicesInvolved: "",
                category: .health, note: "Saw the GP", by: nil, now: test.now, db)
        }
        let hidden = try client.get("/people/\(person)")
        #expect(hidden.contains("1 contact is not shared with you."))
        #expect(!hidden.contains("Saw the GP"))
    }

    @Test func aTrustedPersonsRecordLeadsBackToThePeopleTheyWalkAlongside() throws {
        let test = try TestApp()
        let (client, sam) = try test.signedInTrustedPerson()
        let person = try test.refer("Robin")
        try test.link(person, sam, role: .primary)
        let page = try client.get("/people/\(person)")
        #expect(page.contains("<a href=\"/alongside\">Back to the people I walk alongside</a>"))
        #expect(!page.contains("href=\"/caseload\""))
        #expect(try client.get("/alongside").status == 200)
        let coordinator = try test.signedIn([.coordinator])
        #expect(try coordinator.get("/people/\(person)").contains("<a href=\"/caseload\">Back to the caseload</a>"))
    }

    @Test func everyPageNamesAFaviconThatExists() throws {
        let test = try TestApp()
        let page = try test.client().get("/sign-in")
        #expect(page.contains("<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">"))
        let icon = try test.client().get("/static/favicon.svg")
        #expect(icon.status == 200)
        #expect(icon.headers["Content-Type"]?.hasPrefix("image/svg+xml") == true)
        #expect(icon.body.hasPrefix("<svg"))
    }

    /// Dates are typed as day, month and year in a plain text box, whatever the browser's
    /// locale, so every date box's label carries the example of the expected order.
    @Test func everyDateBoxsLabelShowsTheExpectedOrder() throws {
        let root = URL(fileURLWithPath: TestApp.rootDirectory).appendingPathComponent("Templates")
        let files = try #require(FileManager.default.enumerator(atPath: root.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".html") }
        var dateBoxes = 0
        for file in files {
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains("type=\"date\""), "\(file) still uses the browser's locale-dependent date box")
            for match in text.matches(of: /<input type="text" autocomplete="off" data-date[^>]*\sid="([^"]+)"/) {
                dateBoxes += 1
                let id = String(match.1)
                let label = text.firstMatch(of: try Regex("<label[^>]*for=\"\(NSRegularExpression.escapedPattern(for: id))\"[^>]*>(.*?)</label>").dotMatchesNewlines())
                #expect(label.map { "\($0.output[1].substring ?? "")".contains("For example, 27 3 2026") } == true, "\(file): \(id)")
            }
        }
        #expect(dateBoxes >= 20)
    }

    /// At phone width a labelled table becomes one card per row, so each of its cells must name
    /// its column; the caseload and the circle-of-trust table are labelled.
    @Test func theCaseloadAndCircleTablesNameTheColumnOfEveryCell() throws {
        let test = try TestApp()
        let sam = try test.createTrustedPerson("Sam Okafor")
        let person = try test.refer("Robin")
        try test.link(person, sam, role: .primary)
        let coordinator = try test.signedIn([.coordinator])
        for (path, id) in [("/caseload", "caseload"), ("/people/\(person)", "circle-table")] {
            let page = try coordinator.get(path).body
            let start = try #require(page.range(of: "<table class=\"data labelled-cells\" id=\"\(id)\">"), "\(id) is not labelled")
            let table = page[start.lowerBound...].prefix { _ in true }
            let body = String(table[..<(table.range(of: "</table>")?.lowerBound ?? table.endIndex)])
            let cells = body.components(separatedBy: "<td").dropFirst()
            #expect(!cells.isEmpty)
            for cell in cells { #expect(cell.hasPrefix(" data-label=\""), "\(id): <td\(cell.prefix(40))") }
        }
    }
}

/// A date typed as day, month and year is read as such, whatever the browser's locale.
@Suite struct TypedDateFormTests {
    @Test func aStoryDateTypedAsDayMonthYearIsStoredAsThatDay() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        let coordinator = try test.signedIn([.coordinator])
        try coordinator.get("/people/\(person)/story/new")
        let response = try coordinator.post("/people/\(person)/story", [("category", "story"), ("told_on", "1 2 2026"), ("body", "First telling")])
        #expect(response.status == 303)
        #expect(try test.count("SELECT count(*) FROM story_entries WHERE told_on = '2026-02-01'") == 1)
        let refused = try coordinator.post("/people/\(person)/story", [("category", "story"), ("told_on", "2/31/2026"), ("body", "Second")])
        #expect(refused.status == 422)
        #expect(refused.contains("Enter the date as day, month and year, for example 27 3 2026."))
    }
}
