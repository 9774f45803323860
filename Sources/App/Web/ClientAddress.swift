import Domain

/// Which address a request came from, for sign-in throttling.
///
/// `X-Forwarded-For` is believed only when the socket's peer is one of the configured proxies
/// (`TP_TRUSTED_PROXIES`); anyone else could write any address there and escape the throttle
/// or throttle someone else. Hops are read from the right, skipping our own proxies, so the
/// answer is the first address a trusted proxy saw (nginx's `real_ip_recursive`).
enum ClientAddress {
    /// The client's address given the socket peer, the header (if any) and the trusted proxies.
    static func resolve(peer: String, forwardedFor: String?, trustedProxies: Set<String>) -> String {
        let peer = normalised(peer)
        guard trustedProxies.contains(peer), let forwardedFor else { return peer }
        var address = peer
        for hop in forwardedFor.split(separator: ",").reversed() {
            address = normalised(String(hop))
            guard trustedProxies.contains(address) else { break }
        }
        return address.isEmpty ? peer : address
    }

    /// Whether `text` looks like an IPv4 or IPv6 address literal.
    static func isAddress(_ text: String) -> Bool {
        !text.isEmpty && (text.contains(".") || text.contains(":"))
            && text.allSatisfy { $0.isHexDigit || $0 == "." || $0 == ":" }
    }

    /// Trims spaces and writes an IPv4-mapped IPv6 address (`::ffff:10.0.0.1`) as IPv4.
    private static func normalised(_ address: String) -> String {
        let trimmed = address.trimmingWhitespace().lowercased()
        return trimmed.hasPrefix("::ffff:") && trimmed.contains(".") ? String(trimmed.dropFirst(7)) : trimmed
    }
}
