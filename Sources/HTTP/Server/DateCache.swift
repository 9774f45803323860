import Glibc

/// The Date header value, reformatted at most once a second (per loop, so no locking).
struct DateCache {
    private var second = -1
    private var value: [UInt8] = []

    /// `Date: <IMF-fixdate>\r\n` for now.
    mutating func headerLine() -> [UInt8] {
        let now = Int(time(nil))
        if now != second {
            second = now
            value = Array("Date: \(HTTPDate.format(now))\r\n".utf8)
        }
        return value
    }
}
