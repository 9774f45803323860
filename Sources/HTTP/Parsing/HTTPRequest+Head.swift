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
        let parts = pathAndQuery.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        guard let path = PercentDecoding.decodePath(parts[0]) else { throw .invalidPath }
        self.init(
            method: head.method, path: path, query: parts.count > 1 ? String(parts[1]) : nil,
            version: head.version, headers: head.headers, body: body,
            remoteAddress: remoteAddress, rawTarget: target)
    }
}
