import Foundation

/// One-line helpers for the common journey steps, each addressed by a CSS selector.
extension WebDriver {
    /// Clears the field and types `text` into it.
    func fill(_ selector: String, with text: String) async throws {
        let field = try await findElement(css: selector)
        try await field.clear()
        try await field.sendKeys(text)
    }

    /// Clicks the first element matching `selector`.
    func click(_ selector: String) async throws {
        try await findElement(css: selector).click()
    }

    /// Chooses the `<option>` with `value` inside the `<select>` matching `selector`.
    func select(_ selector: String, value: String) async throws {
        try await findElement(css: selector).findElement(css: "option[value=\"\(value)\"]").click()
    }

    /// The rendered text of the first element matching `selector`.
    func text(of selector: String) async throws -> String {
        try await findElement(css: selector).text()
    }

    /// The rendered text of every element matching `selector`, in document order.
    func texts(of selector: String) async throws -> [String] {
        var texts: [String] = []
        for element in try await findElements(css: selector) {
            texts.append(try await element.text())
        }
        return texts
    }
}
