/// Numbers as charts write them: coordinates to one decimal place (text goes through `XMLText`).
enum ChartFormat {
    /// `value` rounded to one decimal place, without a trailing ".0" ("12", "-3.5").
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let whole = abs(tenths) / 10
        let fraction = abs(tenths) % 10
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }

    /// "x,y" for a polygon's or polyline's points.
    static func point(_ x: Double, _ y: Double) -> String {
        "\(number(x)),\(number(y))"
    }

    /// "a, b and c".
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }

    /// "1 night", "3 nights".
    static func count(_ value: Int, _ singular: String, _ plural: String) -> String {
        "\(value) \(value == 1 ? singular : plural)"
    }
}
