import Foundation
import Testing

extension BrowserJourneys {
    /// A coordinator records someone as unsafe, later tries to add them again as someone new
    /// under the same name written differently, is refused with the reason beside the name,
    /// and adds them only after confirming, with a note, that it is a different person.
    @Suite struct UnsafeIdentity {
        @Test func theSameNameAgainIsRefusedUntilConfirmedAsSomeoneElse() async throws {
            try await withLiveApp { live in
                try live.createUser("casey@example.org", roles: [.coordinator], name: "Casey Lund")
                let person = try live.refer("Robin Ash")
                try await withBrowser(windowHeight: 1800) { browser in
                    try await browser.signIn(live, email: "casey@example.org")
                    try await browser.navigate(to: live.url("/people/\(person)#circle"))
                    try await browser.click("a[href$='/links/new?unsafe=1']")
                    try await browser.fill("#new_name", with: "Ex-partner Kyle")
                    try await browser.fill("#reason", with: "Threatened Robin at the hostel")
                    try await browser.click("main form button[type=submit]")
                    try await browser.waitForText("Record Ex-partner Kyle as unsafe for Robin Ash?", in: "h1")
                    try await browser.click("#confirm-action")
                    try await browser.waitForPath("/people/\(person)")
                    try #require(try await browser.text(of: ".unsafe-list").contains("Threatened Robin at the hostel"))

                    try await browser.click("#add-link")
                    try await browser.waitForPath("/people/\(person)/links/new")
                    try await browser.fill("#new_name", with: "ex partner  KYLÉ")
                    try await browser.click("#status-active")
                    try await browser.click("main form button[type=submit]")
                    let error = try await browser.wait(for: "the refusal beside the name") {
                        try await browser.findElements(css: ".new-person .field-invalid .field-error").first
                    }
                    let message = try await error.text()
                    #expect(message.contains("This name matches Ex-partner Kyle, recorded as unsafe for this person"))
                    #expect(message.contains("Threatened Robin at the hostel"))
                    #expect(try await browser.findElement(css: "#new_name").value() == "ex partner  KYLÉ")
                    try await browser.attachScreenshot(named: "unsafe-name-refused.png")

                    try await browser.click("#different_person-yes")
                    try await browser.fill("#different_person_note", with: "Checked with Robin: this Kyle is the pharmacist")
                    try await browser.click("main form button[type=submit]")
                    try await browser.waitForPath("/people/\(person)")
                    #expect(try await browser.text(of: "#different-people").contains("Checked with Robin: this Kyle is the pharmacist"))
                    #expect(try await browser.texts(of: "#circle-table tbody th").contains { $0.hasPrefix("ex partner") })
                }
            }
        }
    }
}
