/// An ordered list of header fields; names compare case-insensitively (RFC 9110 §5.1).
public struct HTTPHeaders: Sendable, Sequence, ExpressibleByDictionaryLiteral {
    /// One field as received or to be sent.
    public typealias Field = (name: String, value: String)

    private var fields: [Field] = []

    /// An empty header list.
    public init() {}

    /// Headers from name/value pairs, in order.
    public init(_ pairs: [(String, String)]) {
        fields = pairs.map { (name: $0.0, value: $0.1) }
    }

    /// Headers from a literal, in order.
    public init(dictionaryLiteral elements: (String, String)...) {
        self.init(elements)
    }

    /// The number of fields.
    public var count: Int { fields.count }

    /// Iterates the fields in order.
    public func makeIterator() -> IndexingIterator<[Field]> {
        fields.makeIterator()
    }

    /// The first value for `name`, or nil; setting replaces every field of that name (nil removes).
    public subscript(name: String) -> String? {
        get {
            for field in fields where field.name.equalsIgnoringASCIICase(name) {
                return field.value
            }
            return nil
        }
        set {
            if let newValue {
                replace(name, newValue)
            } else {
                remove(name)
            }
        }
    }

    /// Every value for `name`, in order.
    public func values(for name: String) -> [String] {
        fields.filter { $0.name.equalsIgnoringASCIICase(name) }.map(\.value)
    }

    /// Whether a field named `name` exists.
    public func contains(_ name: String) -> Bool {
        fields.contains { $0.name.equalsIgnoringASCIICase(name) }
    }

    /// Appends a field, keeping existing ones of the same name.
    public mutating func add(_ name: String, _ value: String) {
        fields.append((name: name, value: value))
    }

    /// Sets a field, replacing every existing one of the same name.
    public mutating func replace(_ name: String, _ value: String) {
        remove(name)
        fields.append((name: name, value: value))
    }

    /// Sets a field, replacing every existing one of the same name.
    public mutating func set(_ name: String, _ value: String) {
        replace(name, value)
    }

    /// Removes every field named `name`.
    public mutating func remove(_ name: String) {
        fields.removeAll { $0.name.equalsIgnoringASCIICase(name) }
    }

    /// How many fields are named `name`.
    public func count(of name: String) -> Int {
        var total = 0
        for field in fields where field.name.equalsIgnoringASCIICase(name) {
            total += 1
        }
        return total
    }

    /// Whether a comma-separated field (e.g. Connection) lists `token`, case-insensitively.
    public func hasToken(_ token: String, in name: String) -> Bool {
        for field in fields where field.name.equalsIgnoringASCIICase(name) {
            for part in field.value.utf8.split(separator: UInt8(ascii: ",")) {
                if Substring(part).trimmingSpaces().equalsIgnoringASCIICase(token) { return true }
            }
        }
        return false
    }
}

/// ASCII helpers for header names and values.
extension StringProtocol {
    /// ASCII case-insensitive equality without allocating.
    func equalsIgnoringASCIICase(_ other: some StringProtocol) -> Bool {
        var left = utf8.makeIterator()
        var right = other.utf8.makeIterator()
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil): return true
            case (let a?, let b?):
                if a == b { continue }
                let lower = a | 0x20
                if lower != b | 0x20 || lower < 0x61 || lower > 0x7A { return false }
            default: return false
            }
        }
    }

    /// The string without leading and trailing spaces and tabs.
    func trimmingSpaces() -> Substring {
        let text = Substring(self)
        let bytes = text.utf8
        let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        guard let first = bytes.firstIndex(where: { !isBlank($0) }),
            let last = bytes.lastIndex(where: { !isBlank($0) })
        else { return "" }
        return text[first...last]
    }
}
