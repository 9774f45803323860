/// A cursor over CSV bytes that reads one record at a time. It borrows the bytes, so it lives
/// only inside the `withUnsafeBufferPointer` call that made it (see `CSVParser.scan`).
struct CSVReader {
    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position: Int
    private var line = 1
    private var fieldsPerRecord = 0
    /// Bytes of a quoted field with its doubled quotes undone, reused between fields.
    private var unescaped: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        position = bytes.starts(with: Self.byteOrderMark) ? Self.byteOrderMark.count : 0
    }

    /// The next record, or nil at the end of the input.
    mutating func next() throws(CSVError) -> CSVRecord? {
        while position < bytes.count, isLineEnd(bytes[position]) { skipLineEnd() }
        guard position < bytes.count else { return nil }
        let startLine = line
        var fields: [String] = []
        fields.reserveCapacity(fieldsPerRecord)
        while true {
            fields.append(try field(number: fields.count + 1))
            guard position < bytes.count else { break }
            if bytes[position] == Self.comma {
                position += 1
            } else {
                skipLineEnd()
                break
            }
        }
        fieldsPerRecord = fields.count
        return CSVRecord(line: startLine, fields: fields)
    }

    private func isLineEnd(_ byte: UInt8) -> Bool { byte == Self.lineFeed || byte == Self.carriageReturn }

    /// Steps over one LF, CRLF or lone CR.
    private mutating func skipLineEnd() {
        if bytes[position] == Self.carriageReturn, position + 1 < bytes.count, bytes[position + 1] == Self.lineFeed {
            position += 1
        }
        position += 1
        line += 1
    }

    /// One field, leaving the position on the comma or line end after it (or at the end).
    private mutating func field(number: Int) throws(CSVError) -> String {
        if position < bytes.count, bytes[position] == Self.quote { return try quotedField(number: number) }
        let start = position
        var allBits: UInt8 = 0
        while position < bytes.count {
            let byte = bytes[position]
            if byte == Self.comma || isLineEnd(byte) { break }
            if byte == Self.quote { throw CSVError(.quoteInUnquotedField, line: line, field: number) }
            allBits |= byte
            position += 1
        }
        return try decode(start..<position, isASCII: allBits < 0x80, line: line, field: number)
    }

    private mutating func quotedField(number: Int) throws(CSVError) -> String {
        let startLine = line
        let opening = position
        position += 1
        var segment = position
        var hasDoubledQuote = false
        var allBits: UInt8 = 0
        unescaped.removeAll(keepingCapacity: true)
        while true {
            guard position < bytes.count else { throw CSVError(.unterminatedQuote, line: startLine, field: number) }
            let byte = bytes[position]
            if byte == Self.quote {
                guard position + 1 < bytes.count, bytes[position + 1] == Self.quote else { break }
                unescaped.append(contentsOf: bytes[segment...position])
                position += 2
                segment = position
                hasDoubledQuote = true
                continue
            }
            if byte == Self.lineFeed || (byte == Self.carriageReturn && !followedByLineFeed(position)) { line += 1 }
            allBits |= byte
            position += 1
        }
        let closing = position
        position += 1
        if position < bytes.count, bytes[position] != Self.comma, !isLineEnd(bytes[position]) {
            throw CSVError(.characterAfterClosingQuote, line: line, field: number)
        }
        guard hasDoubledQuote else {
            return try decode(segment..<closing, isASCII: allBits < 0x80, line: startLine, field: number)
        }
        unescaped.append(contentsOf: bytes[segment..<closing])
        if let text = unescaped.withUnsafeBufferPointer({ String(validating: $0, as: UTF8.self) }) { return text }
        throw invalidUTF8(in: opening..<closing, line: startLine, field: number)
    }

    private func followedByLineFeed(_ index: Int) -> Bool {
        index + 1 < bytes.count && bytes[index + 1] == Self.lineFeed
    }

    /// The field's text; ASCII (the common case) needs no validating.
    private func decode(_ range: Range<Int>, isASCII: Bool, line: Int, field: Int) throws(CSVError) -> String {
        if range.isEmpty { return "" }
        if isASCII { return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        if let text = String(validating: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) { return text }
        throw invalidUTF8(in: range, line: line, field: field)
    }

    /// The error for the first bad byte in `range`, on the line that byte is on.
    private func invalidUTF8(in range: Range<Int>, line: Int, field: Int) -> CSVError {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = UnsafeBufferPointer(rebasing: bytes[range]).makeIterator()
        var offset = range.lowerBound
        scanning: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error, .emptyInput: break scanning
            }
        }
        var badLine = line
        for index in range.lowerBound..<offset {
            let byte = bytes[index]
            if byte == Self.lineFeed || (byte == Self.carriageReturn && !followedByLineFeed(index)) { badLine += 1 }
        }
        return CSVError(.invalidUTF8, line: badLine, field: field)
    }
}
