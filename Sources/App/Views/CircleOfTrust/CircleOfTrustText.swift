/// Small text helpers for the picture: wrapping and truncation, width estimates, numbers (escaping is `XMLText`).
enum CircleOfTrustText {
    /// Names longer than this are shortened with an ellipsis in the drawing (never in title/desc).
    static let displayLimit = 18


    /// The name as drawn: whitespace collapsed, and cut at `limit` characters with an ellipsis.
    static func truncated(_ text: String, limit: Int = displayLimit) -> String {
        let collapsed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard collapsed.count > limit else { return collapsed }
        let kept = collapsed.prefix(limit - 1).trimmingSuffix(while: \.isWhitespace)
        return kept + "…"
    }

    /// The name as drawn on up to `lines` lines of at most `limit` characters each, broken
    /// between words; only what still does not fit is cut, with an ellipsis, on the last line
    /// (issue 15: "Ouse Valley Recov…" read as a different service).
    static func wrapped(_ text: String, limit: Int = displayLimit, lines maximum: Int = 2) -> [String] {
        var words = text.split(whereSeparator: \.isWhitespace).map(String.init)[...]
        var lines: [String] = []
        while let first = words.first, lines.count < maximum - 1 {
            var line = first
            words = words.dropFirst()
            while let next = words.first, line.count + 1 + next.count <= limit {
                line += " " + next
                words = words.dropFirst()
            }
            lines.append(line)
        }
        if !words.isEmpty { lines.append(words.joined(separator: " ")) }
        return lines.map { truncated($0, limit: limit) }
    }

    /// An estimate of drawn width in user units for a sans-serif font; generous on purpose.
    static func width(of text: String, fontSize: Double, bold: Bool = false) -> Double {
        var units = 0.0
        for character in text {
            switch character {
            case "i", "l", "j", "I", "!", ".", ",", "'", "|", ":", ";": units += 0.3
            case "f", "t", "r", " ", "(", ")", "-": units += 0.4
            case "m", "w", "M", "W", "@", "…": units += 0.92
            default: units += character.isUppercase ? 0.72 : 0.61
            }
        }
        return units * fontSize * (bold ? 1.12 : 1.0)
    }

    /// A coordinate with at most one decimal place, never in exponent form.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        let fraction = magnitude % 10
        return fraction == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(fraction)"
    }

    /// A sortable day number for display dates such as "3 Mar 2026" or "2026-03-03"; nil if unreadable.
    static func sortKey(forDate text: String) -> Int? {
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "/" })
        guard parts.count == 3 else { return nil }
        if parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) {
            return year * 10_000 + month * 100 + day
        }
        let monthName = parts[1].prefix(3).lowercased()
        guard let day = Int(parts[0]), let year = Int(parts[2]),
            let month = months.firstIndex(of: monthName)
        else { return nil }
        return year * 10_000 + (month + 1) * 100 + day
    }
}

extension Substring {
    fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[startIndex..<end]
    }
}
