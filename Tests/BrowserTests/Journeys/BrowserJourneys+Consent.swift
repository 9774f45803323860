import Domain
import Foundation
import Testing

extension BrowserJourneys {
    /// The person stops sharing on their own page, and it stops at once for the trusted person
    /// already looking (PRODUCT.md, "Consent — the rule at the heart": withdrawal takes effect
    /// at once, for every page; no consent, no content; the person sees who has looked).
    @Suite struct Consent {
        static let organisation = "Riverside Day Centre"
        /// The story entry, distinctive enough to search the whole page source for.
        static let sentence = "I slept in the bus station last winter and kept my papers in my boots."
        /// A common phone's width and height in CSS pixels.
        static let phoneWidth = 390
        static let phoneHeight = 844

        @Test func withdrawingStopsSharingWithTheOrganisationAtOnce() async throws {
            try await withLiveApp { live in
                let (person, consent) = try Self.arrange(live)
                try await withBrowser { worker in
                    // The trusted person, at their desk, opens the record and reads the story.
                    try await worker.signIn(live, email: "pat@example.org")
                    try await worker.navigate(to: live.url("/people/\(person)"))
                    try await worker.waitForElement(css: "#story")
                    #expect(try await worker.texts(of: "#story .story-body") == [Self.sentence])
                    #expect(try await worker.findElements(css: "#story-hidden").isEmpty)

                    // The person, on their phone, stops sharing with the organisation.
                    try await withBrowser { phone in
                        try await phone.emulatePhone(width: Self.phoneWidth, height: Self.phoneHeight)
                        try await phone.signIn(live, email: "alex@example.org")
                        try await Self.stopSharing(phone, consent: consent)

                        // The same session, reloaded: the story is gone, and the page says so.
                        try await worker.refresh()
                        try await worker.waitForPath("/people/\(person)")
                        try await worker.waitForText("1 entry is not shared with you.", in: "#story-hidden")
                        #expect(try await worker.findElements(css: "#story .story-body").isEmpty)
                        #expect(try await worker.pageSource().contains(Self.sentence) == false)

                        // The person sees both of the trusted person's views, and what each saw.
                        let views = try await Self.whoHasLooked(phone)
                        #expect(
                            views.filter { $0.who == "Pat Quinn (Trusted person)" }.map(\.what)
                                == ["Only your name and reference", "Story"],
                            "newest first: the view after withdrawal read nothing, the one before the story")
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
            let own = try live.createUser("alex@example.org", roles: [.individual], name: "Alex Morgan")
            try live.giveAccount(own, to: person)
            try live.tellStory(person, .story, sentence)
            let account = try live.createUser("pat@example.org", roles: [.trustedPerson], name: "Pat Quinn")
            let pat = try live.createTrustedPerson("Pat Quinn", userID: account, organisationID: riverside)
            try live.link(person, pat)
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
            let card = try await consentCard(phone, recipient: organisation)
            let stop = try await card.findElement(css: "a")
            #expect(try await stop.text() == "Stop sharing with \(organisation)")
            try await stop.click()

            try await phone.waitForPath("/me/sharing/\(consent)/withdraw")
            #expect(try await phone.text(of: "main h1") == "Stop sharing with \(organisation)?")
            let lead = try await phone.text(of: "main .lead")
            #expect(lead.hasPrefix("\(organisation) will no longer see your Story."))
            let png = try await phone.screenshot()
            #expect(PNG.size(of: png)?.width == Self.phoneWidth)
            Attachment.record([UInt8](png), named: "withdraw-confirmation-phone.png")

            try await phone.click("#confirm-withdraw")
            try await phone.waitForPath("/me/sharing")
            try await phone.waitForText(
                "The consent has been withdrawn. Nothing more is shared under it, from now.",
                in: "main .notice")
            let withdrawn = try await consentCard(phone, recipient: organisation)
            #expect(try await withdrawn.findElements(css: "a").isEmpty, "no second 'Stop sharing' link")
            #expect(try await withdrawn.findElement(css: ".consent-state").text().hasPrefix("You stopped sharing on "))
        }

        /// The card of the consent to `recipient` on "Who can see my information".
        static func consentCard(_ phone: WebDriver, recipient: String) async throws -> WebElement {
            try await phone.wait(for: "the consent card of \(recipient)") {
                for card in try await phone.findElements(css: "main .consent") {
                    if try await card.findElement(css: ".consent-title").text() == recipient { return card }
                }
                return nil
            }
        }

        /// Goes back to the person's own page and opens "Who has looked"; returns the rows of
        /// its table as who and what they saw, newest first.
        static func whoHasLooked(_ phone: WebDriver) async throws -> [(who: String, what: String)] {
            try await phone.click("main a[href='/me']")
            try await phone.waitForPath("/me")
            try await phone.click("main a[href='/me/looked']")
            try await phone.waitForPath("/me/looked")
            let table = try await phone.waitForElement(css: "main table.data")
            let tables = try await phone.findElements(css: "main table.data")
            #expect(tables.count == 1)
            var rows: [(who: String, what: String)] = []
            for row in try await table.findElements(css: "tbody tr") {
                let cells = try await row.findElements(css: "td")
                guard cells.count == 4 else { continue }
                rows.append((try await cells[1].text(), try await cells[2].text()))
            }
            return rows
        }
    }
}

extension WebDriver {
    /// Makes the page see a phone's screen, `width` CSS pixels wide, at one device pixel each.
    ///
    /// Why not a narrower window: headless Chromium will not make a window under 500 pixels
    /// wide, so `--window-size=390,…` still lays pages out at 500. chromedriver passes this
    /// DevTools command through (`goog/cdp/execute`); the page itself runs no script.
    func emulatePhone(width: Int, height: Int) async throws {
        try await command(
            "POST", "goog/cdp/execute",
            body: DevToolsCommand(
                cmd: "Emulation.setDeviceMetricsOverride",
                params: .init(width: width, height: height, deviceScaleFactor: 1, mobile: true)))
    }
}

/// A DevTools Protocol command as chromedriver's `goog/cdp/execute` expects it.
private struct DevToolsCommand: Encodable {
    let cmd: String
    let params: DeviceMetrics

    /// The parameters of `Emulation.setDeviceMetricsOverride`.
    struct DeviceMetrics: Encodable {
        let width: Int
        let height: Int
        let deviceScaleFactor: Int
        let mobile: Bool
    }
}
