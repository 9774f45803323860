import Foundation
import Testing

@testable import App

extension BrowserJourneys {
    /// A champion flags a training need for one of their trusted persons; a coordinator records
    /// the session and who attended; the coverage moves on the champion's home and on the
    /// manager's network page. Screenshots at phone width (390 px) and on a desktop.
    @Suite struct Training {
        static let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("tp-training-screenshots")

        @Test func aFlaggedNeedIsMetAndTheCoverageMoves() async throws {
            try await withLiveApp { live in
                let riverside = try live.createOrganisation("Riverside Day Centre")
                let noor = try live.createTrustedPerson("Noor Haddad", organisationID: riverside)
                let tam = try live.createTrustedPerson("Tam Okoro", organisationID: riverside)
                try live.link(try live.refer("Alex Morgan"), noor)
                try live.link(try live.refer("Jo Price"), tam)
                try live.createUser("dev@example.org", roles: [.champion], name: "Dev Okafor", organisationID: riverside)
                try live.createUser("cora@example.org", roles: [.coordinator], name: "Cora Lane")
                try live.createUser("mo@example.org", roles: [.manager], name: "Mo Reyes")
                let before = "0 of 2 active trusted persons trained (0%)"
                let after = "1 of 2 active trusted persons trained (50%)"
                try await withBrowser { champion in
                    try await champion.setWindowSize(width: 390, height: 844)
                    try await champion.signIn(live, email: "dev@example.org")
                    try await champion.navigate(to: live.url("/organisation"))
                    #expect(try await champion.text(of: "#training-coverage strong") == before)
                    try await champion.click("#training a.button")
                    try await champion.select("#trusted_person", value: "\(noor)")
                    try await champion.select("#course", value: "trauma-informed-practice")
                    try await champion.fill("#note", with: "New in post this autumn")
                    try await champion.click("#flag-need")
                    try await champion.waitForElement(css: "#training-needs")
                    #expect(try await champion.text(of: "#training-needs").contains("New in post this autumn"))

                    try await withBrowser { coordinator in
                        try await coordinator.signIn(live, email: "cora@example.org")
                        try await coordinator.navigate(to: live.url("/training"))
                        #expect(try await coordinator.text(of: "#training-needs").contains("Noor Haddad"))
                        try await coordinator.select("#course", value: "trauma-informed-practice")
                        try await coordinator.fill("#provider", with: "Mind in Cambridgeshire")
                        try await coordinator.fill("#places", with: "12")
                        try await coordinator.click("#add-session")
                        _ = try await coordinator.waitForID(afterPathPrefix: "/training/sessions/")
                        try await coordinator.click("#attendee-\(noor)")
                        try await coordinator.click("#record-attendance")
                        try await coordinator.waitForText("Noor Haddad, Riverside Day Centre", in: "#attendees")
                    }

                    try await champion.navigate(to: live.url("/organisation"))
                    #expect(try await champion.text(of: "#training-coverage strong") == after)
                    #expect(try await champion.findElements(css: "#training-needs").isEmpty)
                    try await champion.navigate(to: live.url("/organisation#training"))
                    _ = try await champion.saveScreenshot(to: Self.folder.appendingPathComponent("champion-390.png"))
                    try await champion.attachScreenshot(named: "training-champion-390")
                }
                try await withBrowser { manager in
                    try await manager.setWindowSize(width: 1280, height: 1600)
                    try await manager.signIn(live, email: "mo@example.org")
                    try await manager.navigate(to: live.url("/network#training"))
                    #expect(try await manager.text(of: "#training-coverage strong") == after)
                    #expect(try await manager.text(of: "#training-by-organisation tbody").contains("50%"))
                    _ = try await manager.saveScreenshot(to: Self.folder.appendingPathComponent("manager-desktop.png"))
                    try await manager.navigate(to: live.url("/network#trends"))
                    _ = try await manager.saveScreenshot(to: Self.folder.appendingPathComponent("manager-trends-desktop.png"))
                    try await manager.attachScreenshot(named: "training-manager-desktop")
                }
            }
        }
    
        private struct Script: Encodable {
            let script: String
            let args: [String] = []
        }

        /// The manager's network page, with the demo's two years of data, fits a phone without
        /// sideways scrolling: each chart, then its table, one under the other.
        @Test func theNetworkPageFitsAPhone() async throws {
            try await withLiveApp { live in
                _ = try DemoData.load(live.app.services, now: Date())
                try live.createUser("mo@example.org", roles: [.manager], name: "Mo Reyes")
                try await withBrowser { phone in
                    try await phone.setWindowSize(width: 390, height: 844)
                    try await phone.signIn(live, email: "mo@example.org")
                    try await phone.navigate(to: live.url("/network#trends"))
                    #expect(try await phone.findElements(css: "#trends svg.chart").count == 5)
                    let overflow = try await phone.command(
                        "POST", "execute/sync",
                        body: Script(script: "return document.documentElement.scrollWidth - document.documentElement.clientWidth"),
                        as: Int.self)
                    #expect(overflow == 0)
                    _ = try await phone.saveScreenshot(to: Self.folder.appendingPathComponent("manager-trends-390.png"))
                    try await phone.attachScreenshot(named: "network-trends-390")
                }
            }
        }
}
}
