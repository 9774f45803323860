/// Decoded `application/x-www-form-urlencoded` pairs (query strings and form bodies), in order.
public struct FormData: Sendable {
    /// Every decoded (name, value) pair in order, repeats included.
    public let all: [(String, String)]

    /// Decodes `a=1&b=two+words&c=%C3%A9`: '+' is a space, bad escapes are kept literally.
    public init(urlEncoded text: String) {
        var pairs: [(String, String)] = []
        for part in text.utf8.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            if let equals = part.firstIndex(of: UInt8(ascii: "=")) {
                let name = PercentDecoding.decodeForm(part[part.startIndex..<equals])
                let value = PercentDecoding.decodeForm(part[part.index(after: equals)...])
                pairs.append((name, value))
            } else {
                pairs.append((PercentDecoding.decodeForm(part), ""))
            }
        }
        all = pairs
    }

    /// Creates form data from pairs.
    public init(_ pairs: [(String, String)]) {
        all = pairs
    }

    /// The first value for `name`.
    public subscript(name: String) -> String? {
        all.first { $0.0 == name }?.1
    }

    /// Every value for `name`, in order.
    public func values(_ name: String) -> [String] {
        all.filter { $0.0 == name }.map(\.1)
    }

    /// Whether there are no pairs.
    public var isEmpty: Bool { all.isEmpty }
}
