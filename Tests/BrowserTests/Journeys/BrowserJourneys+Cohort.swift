import Foundation
import Testing

extension BrowserJourneys {
    /// A coordinator refers someone, grows their circle of trust and hands over from the
    /// first trusted person to the back-up the first one introduced.
    @Suite struct Cohort {
        @Test func referGrowTheCircleAndHandOver() async throws {
            try await withLiveApp { live in
                try live.createUser("casey@example.org", roles: [.coordinator], name: "Casey Lund")
                try await withBrowser(windowHeight: 1800) { browser in
                    try await browser.signIn(live, email: "casey@example.org")
                    let person = try await Self.refer(browser, live)
                    try await Self.addToCircle(
                        browser, person, name: "Sam Okafor", role: "primary", introducedBy: nil)
                    try await Self.addToCircle(
                        browser, person, name: "Jo Hale", role: "backup", introducedBy: "Sam Okafor")
                    try await browser.attachScreenshot(named: "record-before-handover.png")

                    try await Self.handOver(browser, from: "Sam Okafor", to: "Jo Hale")
                    try await browser.navigate(to: live.url("/people/\(person)#circle"))
                    try await browser.attachScreenshot(named: "record-after-handover.png")

                    let rows = try await Self.circleRows(browser)
                    #expect(rows["Jo Hale"]?.role == "Primary")
                    #expect(rows["Jo Hale"]?.status == "Active")
                    #expect(rows["Sam Okafor"]?.status == "Ended")
                    #expect(rows["Sam Okafor"]?.ended.hasSuffix("(Handed over)") == true)
                }
            }
        }

        /// Fills the referral form with three disadvantages; returns the new person's id.
        static func refer(_ browser: WebDriver, _ live: LiveApp) async throws -> Int64 {
            try await browser.navigate(to: live.url("/people/new"))
            try await browser.fill("#preferred_name", with: "Robin Ash")
            try await browser.select("#district", value: "fenland")
            try await browser.click("#cohort-known-not-connected")
            for disadvantage in ["#homelessness", "#substance_misuse", "#offending"] {
                try await browser.click(disadvantage)
            }
            try await browser.click("main form button[type=submit]")
            let id = try await browser.waitForID(afterPathPrefix: "/people/")
            try #require(try await browser.text(of: "main h1").hasPrefix("Robin Ash"))
            return id
        }

        /// Adds someone new to the circle through "Add someone to the circle".
        static func addToCircle(
            _ browser: WebDriver, _ person: Int64, name: String, role: String, introducedBy: String?
        ) async throws {
            try await browser.click("#add-link")
            try await browser.waitForPath("/people/\(person)/links/new")
            try await browser.fill("#new_name", with: name)
            try await browser.select("#role", value: role)
            try await browser.click("#status-active")
            if let introducedBy { try await browser.select("#introduced_by", text: introducedBy) }
            try await browser.fill("#how_it_came_about", with: "Named by Robin at the collective discussion.")
            try await browser.click("main form button[type=submit]")
            try await browser.waitForPath("/people/\(person)")
            try #require(try await browser.texts(of: "#circle-table tbody th").contains(name))
        }

        /// Plans the handover from `from`'s link and records every step to completion.
        static func handOver(_ browser: WebDriver, from: String, to: String) async throws {
            let card = try await browser.wait(for: "the link card of \(from)") {
                for card in try await browser.findElements(css: "li.link-card") {
                    if try await card.findElement(css: ".link-title strong").text() == from { return card }
                }
                return nil
            }
            try await card.findElement(css: "a[href*='/handovers/new']").click()
            try await browser.waitForElement(css: "#incoming")
            let firstCandidate = try await browser.findElement(css: "#incoming input[type=radio]")
            let label = try await browser.text(
                of: "#incoming label[for='\(try await firstCandidate.attribute("id") ?? "")']")
            try #require(label.hasPrefix(to), "the back-up is listed first")
            try await firstCandidate.click()
            try await browser.click("#outcome-end")
            try await browser.click("main form button[type=submit]")
            _ = try await browser.waitForID(afterPathPrefix: "/handovers/")
            try await browser.waitForText("Proposed", in: "#handover-stage")

            if try await !browser.findElement(css: "#category-story").isSelected() { try await browser.click("#category-story") }
            try await browser.fill("#words", with: "Yes, they can know what I have told you.")
            try await advance(browser, to: "Agreed by the person")
            try await browser.fill("#note", with: "Robin likes to meet at the library on Tuesdays.")
            try await advance(browser, to: "Handover note written")
            try await advance(browser, to: "Accepted by the incoming person")
            try await advance(browser, to: "Completed")
            #expect(try await browser.findElements(css: "#next-step").isEmpty)
        }

        /// Presses the next-step button and waits for the stage to read `stage`.
        static func advance(_ browser: WebDriver, to stage: String) async throws {
            try await browser.click("#next-step")
            try await browser.waitForText(stage, in: "#handover-stage")
        }

        /// The circle table's rows by name.
        static func circleRows(_ browser: WebDriver) async throws -> [String: CircleRow] {
            var rows: [String: CircleRow] = [:]
            for row in try await browser.findElements(css: "#circle-table tbody tr") {
                let name = try await row.findElement(css: "th").text()
                var cells: [String] = []
                for cell in try await row.findElements(css: "td") { cells.append(try await cell.text()) }
                guard cells.count == 6 else { continue }
                rows[name] = CircleRow(role: cells[1], status: cells[2], ended: cells[5])
            }
            return rows
        }

        /// What a journey checks in one row of the circle table.
        struct CircleRow {
            let role: String
            let status: String
            let ended: String
        }
    }
}
