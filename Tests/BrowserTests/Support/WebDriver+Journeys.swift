import Foundation
import Testing

/// Steps the journeys share: signing in and out, reading the navigation, choosing options
/// by their visible text, and waiting for a page whose address carries a new record's id.
extension WebDriver {
    /// Signs in through the real form, entering the current code from `secret` (by default
    /// `LiveApp.secondFactorSecret`) when the code page asks for one, and waits for the home page.
    func signIn(
        _ live: LiveApp, email: String, password: String = LiveApp.password,
        secret: String = LiveApp.secondFactorSecret
    ) async throws {
        try await navigate(to: live.url("/sign-in"))
        try await fill("#email", with: email)
        try await fill("#password", with: password)
        try await click("main form button[type=submit]")
        let after = try await wait(for: "the page after the password") {
            let path = try await currentURL().path
            return path == "/sign-in" ? nil : path
        }
        if after == "/sign-in/code" {
            try await fill("#code", with: try await live.currentCode(email: email, secret: secret))
            try await click("main form button[type=submit]")
        }
        try await waitForPath("/")
    }

    /// The `href` of every link in the main navigation, as written in the markup.
    func navigationHrefs() async throws -> Set<String> {
        var hrefs: Set<String> = []
        for link in try await findElements(css: "nav.main-nav a") {
            if let href = try await link.attribute("href") { hrefs.insert(href) }
        }
        return hrefs
    }

    /// Chooses the `<option>` whose visible text is `text` inside the `<select>` at `selector`.
    func select(_ selector: String, text: String) async throws {
        for option in try await findElement(css: selector).findElements(css: "option") {
            if try await option.text() == text {
                try await option.click()
                return
            }
        }
        throw WebDriverError.command(
            code: .noSuchElement, message: "no option '\(text)' in \(selector)", endpoint: "select by text")
    }

    /// Waits until the path is `prefix` followed by a number alone (`/people/12`), and returns it.
    func waitForID(afterPathPrefix prefix: String, timeout: Duration = .seconds(10)) async throws -> Int64 {
        try await wait(for: "a URL path '\(prefix)<id>'", timeout: timeout) {
            let path = try await currentURL().path
            guard path.hasPrefix(prefix) else { return nil }
            return Int64(path.dropFirst(prefix.count))
        }
    }

    /// Waits until the element at `selector` reads exactly `text`.
    func waitForText(_ text: String, in selector: String, timeout: Duration = .seconds(10)) async throws {
        try await wait(for: "'\(text)' in '\(selector)'", timeout: timeout) {
            try await self.text(of: selector) == text ? () : nil
        }
    }
}

extension WebDriver {
    /// Records what the browser shows now as a PNG test attachment called `name`.
    ///
    /// `swift test --attachments-path DIR` writes it out; without that flag it is discarded,
    /// so journeys can take evidence on any machine without choosing a folder.
    func attachScreenshot(named name: String) async throws {
        Attachment.record([UInt8](try await screenshot()), named: name)
    }
}
