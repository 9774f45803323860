/// Cookie parsing (RFC 6265 §5.4).
extension HTTPRequest {
    /// Cookies from every Cookie header (RFC 6265 §5.4); the first of a repeated name wins.
    public var cookies: [String: String] {
        var result: [String: String] = [:]
        for header in headers.values(for: "Cookie") {
            for pair in header.split(separator: ";") {
                let trimmed = pair.trimmingSpaces()
                guard let equals = trimmed.firstIndex(of: "=") else { continue }
                let name = String(trimmed[..<equals].trimmingSpaces())
                var value = trimmed[trimmed.index(after: equals)...].trimmingSpaces()
                if value.count >= 2, value.first == "\"", value.last == "\"" {
                    value = value.dropFirst().dropLast()
                }
                if !name.isEmpty, result[name] == nil {
                    result[name] = String(value)
                }
            }
        }
        return result
    }
}
