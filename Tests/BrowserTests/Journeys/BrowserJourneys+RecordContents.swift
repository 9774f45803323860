import Domain
import Foundation
import Testing
@testable import App

extension BrowserJourneys {
    /// Issue 15 at phone width: a trusted person goes from "People I walk alongside" to a
    /// person's record, finds "Record a contact" in its contents list, and records one; the
    /// header stays one compact row, and the pages are photographed at 390 and 1280 px.
    @Suite struct RecordContents {
        static let phoneWidth = 390

        /// Robin, with Pat as primary trusted person (notes, story and plan shared), twelve
        /// contacts, a story, a plan step, a long-named service in the circle and two Star readings.
        private static func robin(_ live: LiveApp, pat: Int64) throws -> Int64 {
            let robin = try live.refer("Robin Ash")
            try live.link(robin, pat)
            try live.link(robin, try live.createTrustedPerson("Ouse Valley Recovery Service"), role: .trusted)
            _ = try live.consent(robin, to: .trustedPerson(pat), [.notes, .story, .plan])
            _ = try live.tellStory(robin, .story, "I want somewhere of my own, near my sister.")
            try live.app.services.pool.write { db in
                for day in 1...12 {
                    try ContactStore.addContact(
                        individualID: robin, on: LiveApp.referralDate.adding(days: day * 7), kind: .phone, trustedPersonID: pat,
                        servicesInvolved: "", category: .notes, note: "Weekly check-in \(day)", by: nil, now: Date(), db)
                }
                let goal = try PlanStore.addGoal(individualID: robin, goal: "A home of my own", by: nil, now: Date(), db)
                try PlanStore.addStep(goalID: goal, individualID: robin, step: "Call the housing team", who: "Pat", dueOn: nil, by: nil, now: Date(), db)
                for (day, score) in [("2026-01-12", 3), ("2026-04-12", 6)] {
                    let reading = StarReading(
                        scores: Dictionary(uniqueKeysWithValues: StarArea.allCases.map { ($0, score) }), assessedOn: CalendarDate(iso: day)!)
                    _ = try AssessmentStore.addStar(reading, tookPart: "", note: "", individualID: robin, by: nil, now: Date(), db)
                }
            }
            return robin
        }

        @Test func aTrustedPersonGoesAlongsideThenToTheRecordAndRecordsAContact() async throws {
            try await withLiveApp { live in
                let account = try live.createUser("pat@example.org", roles: [.trustedPerson], name: "Pat Quinn")
                let pat = try live.createTrustedPerson("Pat Quinn", userID: account)
                let robin = try Self.robin(live, pat: pat)
                try await withBrowser { phone in
                    try await phone.emulatePhone(width: Self.phoneWidth, height: 844)
                    try await phone.signIn(live, email: "pat@example.org")
                    try await phone.navigate(to: live.url("/alongside"))
                    let header = try await phone.findElement(css: ".site-header").rect()
                    #expect(header.height <= 120, "the header takes \(header.height) px at 390 px wide")
                    #expect(try await phone.findElement(css: ".phone-menu summary").isDisplayed())
                    #expect(try await !phone.findElement(css: ".site-header .account").isDisplayed())
                    try await phone.attachScreenshot(named: "alongside-390.png")
                    #expect(try await phone.text(of: "#person-\(robin) .person-card-status").hasPrefix("Open"))

                    try await phone.click("#person-\(robin) .person-card-name a")
                    try await phone.waitForPath("/people/\(robin)")
                    try await phone.attachScreenshot(named: "record-trusted-390.png")
                    #expect(try await phone.text(of: "nav.record-contents").contains("Contacts (12) · Record a contact"))
                    #expect(try await phone.findElements(css: "#contacts .history li").count == 12, "every contact is in the page")
                    #expect(try await !phone.findElement(css: "#contacts-all ul").isDisplayed(), "the earlier nine are folded")
                    let presses = try #require(try await phone.tabPresses(toReach: "Record a contact"))
                    #expect(presses <= 6, "\(presses) Tab presses to reach Record a contact")
                    print("Tab presses to reach Record a contact at 390 px: \(presses)")

                    try await phone.click("nav.record-contents a[href='/people/\(robin)/contacts/new']")
                    try await phone.waitForPath("/people/\(robin)/contacts/new")
                    try await phone.select("#category", value: "notes")
                    try await phone.fill("#note", with: "Met at the day centre; talked about the flat.")
                    try await phone.click("main form button[type=submit]")
                    try await phone.waitForPath("/people/\(robin)")
                    #expect(try await phone.text(of: "nav.record-contents").contains("Contacts (13) · Record a contact"))
                    #expect(try await phone.pageSource().contains("Met at the day centre; talked about the flat."))
                }
            }
        }

        @Test(arguments: [1280, 390])
        func theRecordAlongsideCircleProgressAndReportPagesAtEachWidth(width: Int) async throws {
            try await withLiveApp { live in
                let account = try live.createUser("pat@example.org", roles: [.trustedPerson], name: "Pat Quinn")
                let pat = try live.createTrustedPerson("Pat Quinn", userID: account)
                let robin = try Self.robin(live, pat: pat)
                try live.createUser("casey@example.org", roles: [.coordinator], name: "Casey Lund")
                try live.createUser("morgan@example.org", roles: [.manager], name: "Morgan Hale")
                try await withBrowser { browser in
                    try await browser.emulatePhone(width: width, height: width == Self.phoneWidth ? 844 : 900)
                    try await browser.signIn(live, email: "pat@example.org")
                    try await browser.navigate(to: live.url("/alongside"))
                    try await browser.attachScreenshot(named: "alongside-\(width).png")
                    try await browser.deleteAllCookies()

                    try await browser.signIn(live, email: "casey@example.org")
                    try await browser.navigate(to: live.url("/people/\(robin)"))
                    try await browser.attachScreenshot(named: "record-\(width).png")
                    try await browser.emulatePhone(width: width, height: 5200)
                    try await browser.attachScreenshot(named: "record-whole-\(width).png")
                    try await browser.emulatePhone(width: width, height: width == Self.phoneWidth ? 844 : 900)
                    let main = try await browser.findElement(css: "main").rect()
                    print("Record page at \(width) px: main is \(Int(main.height)) px tall")
                    try await browser.navigate(to: live.url("/people/\(robin)#circle"))
                    try await browser.attachScreenshot(named: "circle-\(width).png")
                    try await browser.navigate(to: live.url("/people/\(robin)/progress"))
                    try await browser.attachScreenshot(named: "progress-\(width).png")
                    try await browser.navigate(to: live.url("/people/\(robin)/progress#star-chart"))
                    try await browser.attachScreenshot(named: "progress-star-\(width).png")
                    let chart = try await browser.findElement(css: "svg.chart").rect()
                    #expect(chart.width * ChartTheme.smallFontSize / 480 >= 12, "chart text renders at \(chart.width * ChartTheme.smallFontSize / 480) px")
                    try await browser.deleteAllCookies()

                    try await browser.signIn(live, email: "morgan@example.org")
                    try await browser.navigate(to: live.url("/reports"))
                    try await browser.attachScreenshot(named: "report-\(width).png")
                    if width == Self.phoneWidth {
                        try await browser.click(".phone-menu summary")
                        #expect(try await browser.findElement(css: "#sign-out-menu").isDisplayed())
                        try await browser.attachScreenshot(named: "menu-open-\(width).png")
                    }
                }
            }
        }
    }
}
