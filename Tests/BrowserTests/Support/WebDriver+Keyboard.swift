import Foundation

/// Keyboard steps and layout facts without running script on the page: W3C WebDriver's
/// actions (§15), the active element (§12.3.9) and an element's rectangle (§12.4.8).
extension WebDriver {
    /// Presses and releases Tab once, as a keyboard user moving to the next control.
    func pressTab() async throws {
        let tab = KeyAction(type: "key", id: "keyboard", actions: [.init(type: "keyDown", value: Keys.tab), .init(type: "keyUp", value: Keys.tab)])
        try await command("POST", "actions", body: ["actions": [tab]])
    }

    /// The element that has the keyboard focus now.
    func activeElement() async throws -> WebElement {
        WebElement(id: try await command("GET", "element/active", as: ElementReference.self).id, driver: self)
    }

    /// How many Tab presses from the top of the page reach the first link or button whose text
    /// is `text`, or nil if it is not reached within `limit` presses.
    func tabPresses(toReach text: String, limit: Int = 60) async throws -> Int? {
        for press in 1...limit {
            try await pressTab()
            if try await activeElement().text() == text { return press }
        }
        return nil
    }
}

extension WebElement {
    /// Where the element is drawn, in CSS pixels.
    func rect() async throws -> ElementRect {
        try await driver.command("GET", "element/\(id)/rect", as: ElementRect.self)
    }
}

/// An element's rectangle as WebDriver reports it.
struct ElementRect: Decodable, Sendable {
    let x: Double
    let y: Double
    let width: Double
    let height: Double
}

/// One input source's actions for `POST actions`.
private struct KeyAction: Encodable {
    /// One key going down or up.
    struct Step: Encodable {
        let type: String
        let value: String
    }

    let type: String
    let id: String
    let actions: [Step]
}
