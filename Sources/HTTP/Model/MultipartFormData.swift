/// A `multipart/form-data` body (RFC 7578) split into its parts: each named field, and for
/// file uploads the file name, content type and bytes.
public struct MultipartFormData: Sendable {
    /// One part of the body.
    public struct Part: Sendable {
        public let name: String
        public let filename: String?
        public let contentType: String?
        public let body: [UInt8]
    }

    public let parts: [Part]

    /// The first part named `name`.
    public func part(_ name: String) -> Part? {
        parts.first { $0.name == name }
    }

    /// A text field's value (UTF-8).
    public subscript(name: String) -> String? {
        part(name).map { String(decoding: $0.body, as: UTF8.self) }
    }

    /// Parses `body` sent with `contentType` (which carries the boundary); nil when the body is
    /// not well-formed multipart, so callers answer 400 rather than guess.
    public init?(body: [UInt8], contentType: String) {
        guard let boundary = Self.boundary(in: contentType), !boundary.isEmpty, boundary.count <= 70 else { return nil }
        let delimiter = Array(("--" + boundary).utf8)
        var parts: [Part] = []
        guard var index = Self.find(delimiter, in: body, from: 0) else { return nil }
        while true {
            index += delimiter.count
            if body.count >= index + 2, body[index] == UInt8(ascii: "-"), body[index + 1] == UInt8(ascii: "-") {
                break
            }
            guard body.count >= index + 2, body[index] == 13, body[index + 1] == 10 else { return nil }
            index += 2
            guard let headerEnd = Self.find([13, 10, 13, 10], in: body, from: index) else { return nil }
            let headers = String(decoding: body[index..<headerEnd], as: UTF8.self)
            let contentStart = headerEnd + 4
            guard let next = Self.find([13, 10] + delimiter, in: body, from: contentStart) else { return nil }
            guard let part = Self.part(headers: headers, body: Array(body[contentStart..<next])) else { return nil }
            parts.append(part)
            index = next + 2
        }
        self.parts = parts
    }

    private static func part(headers: String, body: [UInt8]) -> Part? {
        var name: String?
        var filename: String?
        var contentType: String?
        for line in headers.split(separator: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let field = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingSpaces()
            if field == "content-disposition" {
                name = parameter("name", in: String(value))
                filename = parameter("filename", in: String(value))
            } else if field == "content-type" {
                contentType = String(value)
            }
        }
        guard let name else { return nil }
        return Part(name: name, filename: filename, contentType: contentType, body: body)
    }

    /// A `key="value"` (or unquoted) parameter of a header value.
    private static func parameter(_ key: String, in value: String) -> String? {
        for piece in value.split(separator: ";").dropFirst() {
            let pair = piece.trimmingSpaces()
            guard let equals = pair.firstIndex(of: "="), pair[..<equals].lowercased() == key else { continue }
            var result = pair[pair.index(after: equals)...]
            if result.count >= 2, result.first == "\"", result.last == "\"" { result = result.dropFirst().dropLast() }
            return String(result)
        }
        return nil
    }

    private static func boundary(in contentType: String) -> String? {
        let pieces = contentType.split(separator: ";")
        guard let media = pieces.first, media.trimmingSpaces().lowercased() == "multipart/form-data" else { return nil }
        return parameter("boundary", in: contentType)
    }

    /// The first index of `needle` in `haystack` at or after `start`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == needle[0] {
                var matched = true
                for offset in 1..<needle.count where haystack[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }
}
