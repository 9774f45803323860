import Foundation

/// One element on the current page; goes stale (`stale element reference`) when the page changes.
struct WebElement: Sendable {
    /// The element's WebDriver id.
    let id: String
    /// The session the element belongs to.
    let driver: WebDriver

    /// The rendered, whitespace-normalised text, as a user would read it.
    func text() async throws -> String {
        try await get("text", as: String.self)
    }

    /// The element's lower-case tag name, e.g. `input`.
    func tagName() async throws -> String {
        try await get("name", as: String.self)
    }

    /// The HTML attribute as written in the markup, or `nil` when absent.
    func attribute(_ name: String) async throws -> String? {
        try await get("attribute/\(name)", as: String?.self)
    }

    /// The live DOM property, e.g. `value` or `checked`, which reflects what the user typed.
    func property(_ name: String) async throws -> PropertyValue {
        try await get("property/\(name)", as: PropertyValue.self)
    }

    /// The current value of an input, select or textarea.
    func value() async throws -> String {
        try await property("value").string ?? ""
    }

    /// Whether the element is visible to a user.
    func isDisplayed() async throws -> Bool {
        try await get("displayed", as: Bool.self)
    }

    /// Whether a checkbox, radio button or option is selected.
    func isSelected() async throws -> Bool {
        try await get("selected", as: Bool.self)
    }

    /// Whether a form control is enabled.
    func isEnabled() async throws -> Bool {
        try await get("enabled", as: Bool.self)
    }

    /// Clicks the element's centre, scrolling it into view first; submits forms from buttons.
    func click() async throws {
        try await driver.command("POST", "element/\(id)/click", body: EmptyBody())
    }

    /// Empties an input or textarea.
    func clear() async throws {
        try await driver.command("POST", "element/\(id)/clear", body: EmptyBody())
    }

    /// Types `text` into the element as key presses; see `Keys` for Enter and friends.
    func sendKeys(_ text: String) async throws {
        try await driver.command("POST", "element/\(id)/value", body: ["text": text])
    }

    /// The first descendant matching a CSS selector.
    func findElement(css selector: String) async throws -> WebElement {
        let reference = try await driver.command(
            "POST", "element/\(id)/element", body: Locator(css: selector), as: ElementReference.self)
        return WebElement(id: reference.id, driver: driver)
    }

    /// Every descendant matching a CSS selector.
    func findElements(css selector: String) async throws -> [WebElement] {
        let references = try await driver.command(
            "POST", "element/\(id)/elements", body: Locator(css: selector), as: [ElementReference].self)
        return references.map { WebElement(id: $0.id, driver: driver) }
    }

    private func get<Value: Decodable>(_ path: String, as type: Value.Type) async throws -> Value {
        try await driver.command("GET", "element/\(id)/\(path)", as: type)
    }
}

/// Special keys for `sendKeys`, as W3C WebDriver §17.4 codes them in the Private Use Area.
enum Keys {
    static let enter = "\u{E007}"
    static let tab = "\u{E004}"
    static let backspace = "\u{E003}"
    static let escape = "\u{E00C}"
}

/// A DOM property's value: JSON's scalars, with anything structured kept opaque.
enum PropertyValue: Decodable, Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case structured

    /// The value as text: strings as they are, booleans and numbers spelled out, else `nil`.
    var string: String? {
        switch self {
        case .string(let text): text
        case .bool(let flag): String(flag)
        case .number(let number): number.rounded() == number ? String(Int(number)) : String(number)
        case .null, .structured: nil
        }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else {
            self = .structured
        }
    }
}
