/// Request line, header fields and framing rules (RFC 9112 §3, §5, §6).
extension RequestParser {
    /// Consumes head lines; returns the validated head once the empty line arrives.
    mutating func parseHead() throws(HTTPError) -> RequestHead? {
        while true {
            guard let line = try takeHeadLine() else { return nil }
            if requestLine == nil {
                if line.isEmpty {
                    emptyLines += 1
                    if emptyLines > 4 { throw .tooManyLeadingEmptyLines }
                    continue
                }
                requestLine = try parseRequestLine(line)
            } else if line.isEmpty {
                let head = try makeHead()
                requestLine = nil
                headers = HTTPHeaders()
                headerBytes = 0
                emptyLines = 0
                return head
            } else {
                try parseField(line)
            }
        }
    }

    private mutating func takeHeadLine() throws(HTTPError) -> Range<Int>? {
        if requestLine == nil {
            return try takeLine(limit: limits.maxRequestLineBytes, overflow: .requestLineTooLong)
        }
        let budget = max(0, limits.maxHeaderBytes - headerBytes)
        return try takeLine(limit: budget, overflow: .headersTooLarge)
    }

    private func parseRequestLine(
        _ line: Range<Int>
    ) throws(HTTPError) -> (method: HTTPMethod, target: String, version: HTTPVersion) {
        let bytes = buffer[line]
        guard let firstSpace = bytes.firstIndex(of: ByteClass.space),
            let secondSpace = bytes[(firstSpace + 1)...].firstIndex(of: ByteClass.space)
        else { throw .malformedRequestLine }
        let methodBytes = bytes[line.lowerBound..<firstSpace]
        let targetBytes = bytes[(firstSpace + 1)..<secondSpace]
        let versionBytes = bytes[(secondSpace + 1)...]
        guard !methodBytes.isEmpty else { throw .malformedRequestLine }
        guard methodBytes.allSatisfy(ByteClass.isToken) else { throw .invalidMethod }
        guard !targetBytes.isEmpty, targetBytes.allSatisfy(ByteClass.isTarget) else {
            throw .invalidTarget
        }
        let version = try parseVersion(versionBytes)
        let method = HTTPMethod(String(decoding: methodBytes, as: UTF8.self))
        return (method, String(decoding: targetBytes, as: UTF8.self), version)
    }

    private func parseVersion(_ bytes: ArraySlice<UInt8>) throws(HTTPError) -> HTTPVersion {
        let prefix: [UInt8] = Array("HTTP/".utf8)
        guard bytes.count == 8, bytes.starts(with: prefix) else { throw .malformedVersion }
        let major = bytes[bytes.startIndex + 5]
        let dot = bytes[bytes.startIndex + 6]
        let minor = bytes[bytes.startIndex + 7]
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        guard digits.contains(major), dot == UInt8(ascii: "."), digits.contains(minor) else {
            throw .malformedVersion
        }
        guard major == UInt8(ascii: "1") else { throw .unsupportedVersion }
        return HTTPVersion(major: 1, minor: minor == UInt8(ascii: "0") ? 0 : 1)
    }

    private mutating func parseField(_ line: Range<Int>) throws(HTTPError) {
        headerBytes += line.count + 2
        let (name, value) = try splitField(line)
        guard headers.count < limits.maxHeaderCount else { throw .tooManyHeaders }
        headers.add(name, value)
    }

    /// Splits `name: value`, enforcing token names, no space before the colon, no obs-fold.
    func splitField(_ line: Range<Int>) throws(HTTPError) -> (String, String) {
        let bytes = buffer[line]
        let first = bytes[line.lowerBound]
        if first == ByteClass.space || first == ByteClass.tab { throw .obsoleteLineFolding }
        guard let colon = bytes.firstIndex(of: ByteClass.colon) else { throw .invalidHeaderName }
        let nameBytes = bytes[line.lowerBound..<colon]
        guard let last = nameBytes.last else { throw .invalidHeaderName }
        if last == ByteClass.space || last == ByteClass.tab { throw .whitespaceBeforeColon }
        guard nameBytes.allSatisfy(ByteClass.isToken) else { throw .invalidHeaderName }
        var valueBytes = bytes[(colon + 1)...]
        while let byte = valueBytes.first, byte == ByteClass.space || byte == ByteClass.tab {
            valueBytes = valueBytes.dropFirst()
        }
        while let byte = valueBytes.last, byte == ByteClass.space || byte == ByteClass.tab {
            valueBytes = valueBytes.dropLast()
        }
        guard valueBytes.allSatisfy(ByteClass.isFieldValue) else { throw .invalidHeaderValue }
        return (
            String(decoding: nameBytes, as: UTF8.self), String(decoding: valueBytes, as: UTF8.self)
        )
    }

    /// Applies Host, framing, Connection and Expect rules to the collected head.
    private func makeHead() throws(HTTPError) -> RequestHead {
        let (method, target, version) = requestLine!
        if version == .http1_1 && headers.count(of: "Host") != 1 { throw .missingHost }
        guard headers.values(for: "Host").allSatisfy(HostField.isValid) else { throw .invalidHost }
        let framing = try framing(version: version)
        let keepAlive: Bool
        if headers.hasToken("close", in: "Connection") {
            keepAlive = false
        } else {
            keepAlive = version == .http1_1 || headers.hasToken("keep-alive", in: "Connection")
        }
        var expectsContinue = false
        if let expect = headers["Expect"] {
            guard expect.trimmingSpaces().equalsIgnoringASCIICase("100-continue") else {
                throw .expectationFailed
            }
            expectsContinue = framing != .none && version == .http1_1
        }
        return RequestHead(
            method: method, target: target, version: version, headers: headers,
            framing: framing, keepAlive: keepAlive, expectsContinue: expectsContinue)
    }

    private func framing(version: HTTPVersion) throws(HTTPError) -> RequestHead.Framing {
        let lengths = headers.values(for: "Content-Length")
        let codings = headers.contains("Transfer-Encoding") ? headers.values(for: "Transfer-Encoding") : []
        if !codings.isEmpty {
            guard lengths.isEmpty, version == .http1_1 else { throw .conflictingFraming }
            let list = codings.flatMap { $0.split(separator: ",") }.map { $0.trimmingSpaces() }
            guard let last = list.last, last.equalsIgnoringASCIICase("chunked") else {
                if list.contains(where: { $0.equalsIgnoringASCIICase("chunked") }) {
                    throw .conflictingFraming
                }
                throw .unsupportedTransferEncoding
            }
            if list.dropLast().contains(where: { $0.equalsIgnoringASCIICase("chunked") }) {
                throw .conflictingFraming
            }
            guard list.count == 1 else { throw .unsupportedTransferEncoding }
            guard limits.allowsChunkedBodies else { throw .lengthRequired }
            return .chunked
        }
        guard let text = lengths.first else { return .none }
        guard lengths.count == 1, !text.isEmpty, text.utf8.count <= 18,
            text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            let length = Int(text)
        else { throw .invalidContentLength }
        guard length <= limits.maxBodyBytes else { throw .bodyTooLarge }
        return length == 0 ? .none : .length(length)
    }

    /// Parses `hex-size [; ext]`; extensions are checked for control characters and ignored.
    func parseChunkSize(_ line: Range<Int>) throws(HTTPError) -> Int {
        let bytes = buffer[line]
        let sizeEnd = bytes.firstIndex(of: UInt8(ascii: ";")) ?? line.upperBound
        var digits = bytes[line.lowerBound..<sizeEnd]
        while let byte = digits.last, byte == ByteClass.space || byte == ByteClass.tab {
            digits = digits.dropLast()
        }
        guard !digits.isEmpty, digits.count <= 15 else { throw .invalidChunk }
        var size = 0
        for byte in digits {
            guard let value = PercentDecoding.hexValue(byte) else { throw .invalidChunk }
            size = size << 4 | Int(value)
        }
        guard bytes[sizeEnd...].allSatisfy(ByteClass.isFieldValue) else { throw .invalidChunk }
        return size
    }

    /// Checks a trailer field's syntax; trailer values are discarded (RFC 9112 §7.1.2).
    func validateTrailer(_ line: Range<Int>) throws(HTTPError) {
        _ = try splitField(line)
    }
}
