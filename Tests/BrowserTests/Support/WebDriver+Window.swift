import Foundation

/// Window size and screenshots.
extension WebDriver {
    /// Resizes the window, e.g. to 390×844 for a phone-width screenshot.
    func setWindowSize(width: Int, height: Int) async throws {
        try await command("POST", "window/rect", body: ["width": width, "height": height])
    }

    /// The window's current size in CSS pixels.
    func windowSize() async throws -> (width: Int, height: Int) {
        let rect = try await command("GET", "window/rect", as: WindowRect.self)
        return (rect.width, rect.height)
    }

    /// The visible part of the page as PNG bytes.
    func screenshot() async throws -> Data {
        let encoded = try await command("GET", "screenshot", as: String.self)
        guard let png = Data(base64Encoded: encoded) else {
            throw WebDriverError.malformedResponse(endpoint: "GET screenshot", detail: "not base64")
        }
        return png
    }

    /// Takes a screenshot and writes it to `file`, creating its folder if needed.
    @discardableResult
    func saveScreenshot(to file: URL) async throws -> Data {
        let png = try await screenshot()
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try png.write(to: file, options: .atomic)
        return png
    }
}

/// The value of `GET window/rect`.
private struct WindowRect: Decodable {
    let width: Int
    let height: Int
}
