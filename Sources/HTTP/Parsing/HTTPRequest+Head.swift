/// Building the public request from a parsed head (RFC 9112 §3.2 target forms).
extension HTTPRequest {
    init(head: RequestHead, body: [UInt8], remoteAddress: String) throws(HTTPError) {
        let target = head.target
        var pathAndQuery = Substring(target)
        if !target.hasPrefix("/") {
            if target == "*" && head.method == .options {
                pathAndQuery = "*"
            } else if let colon = target.firstIndex(of: ":"), target[colon...].hasPrefix("://") {
                let authority = target[target.index(colon, offsetBy: 3)...]
                pathAndQuery = authority.firstIndex(of: "/").map { authority[$0...] } ?? "/"
            } else {
                throw .invalidTarget
            }
        }
        var query: String?
        var rawPath = pathAndQuery
        if let mark = pathAndQuery.utf8.firstIndex(of: UInt8(ascii: "?")) {
            rawPath = pathAndQuery[..<mark]
            query = String(pathAndQuery[pathAndQuery.utf8.index(after: mark)...])
        }
        guard let path = PercentDecoding.decodePath(rawPath) else { throw .invalidPath }
        self.init(
            method: head.method, path: path, query: query,
            version: head.version, headers: head.headers, body: body,
            remoteAddress: remoteAddress, rawTarget: target)
    }
}
