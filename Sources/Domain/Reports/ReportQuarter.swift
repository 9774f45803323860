/// A calendar quarter the report is made for, written `YYYYQn` (REPORTS.md, "The quarterly
/// report"): 2024Q3 is 1 Jul – 30 Sep 2024, and the UK financial year's 2024/25 Q2.
public struct ReportQuarter: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    /// 1 to 4: January–March is 1.
    public let quarter: Int

    /// A quarter of a four-digit year, or nil (quarter 5, year 0 …).
    public init?(year: Int, quarter: Int) {
        guard (1...9999).contains(year), (1...4).contains(quarter) else { return nil }
        self.year = year
        self.quarter = quarter
    }

    /// Parses exactly `YYYYQn` (a lower-case `q` is accepted too).
    public init(parsing text: String) throws(DomainError) {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 6, scalars[4] == "Q" || scalars[4] == "q",
            let year = Self.number(scalars[0..<4]), let quarter = Self.number(scalars[5..<6]),
            let parsed = ReportQuarter(year: year, quarter: quarter)
        else { throw .invalidQuarter(text) }
        self = parsed
    }

    /// S, the quarter's first day.
    public var firstDay: CalendarDate {
        CalendarDate(year: year, month: firstMonth, day: 1)!
    }

    /// E, the quarter's last day: the report is as at this day.
    public var lastDay: CalendarDate {
        let month = firstMonth + 2
        return CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))!
    }

    /// "Jul–Sep 2024" (with an en dash).
    public var title: String {
        let names = CalendarDate.monthAbbreviations
        return "\(names[firstMonth - 1])–\(names[firstMonth + 1]) \(year)"
    }

    /// The UK financial-year name, years running April to March: 2024Q3 is "2024/25 Q2",
    /// 2025Q1 is "2024/25 Q4".
    public var financialYearName: String {
        let startYear = quarter == 1 ? year - 1 : year
        let financialQuarter = quarter == 1 ? 4 : quarter - 1
        let endYear = (startYear + 1) % 100
        return "\(startYear)/\(endYear < 10 ? "0" : "")\(endYear) Q\(financialQuarter)"
    }

    /// "2024Q3".
    public var description: String { "\(year)Q\(quarter)" }

    public static func < (lhs: ReportQuarter, rhs: ReportQuarter) -> Bool {
        (lhs.year, lhs.quarter) < (rhs.year, rhs.quarter)
    }

    private var firstMonth: Int { 3 * (quarter - 1) + 1 }

    /// The value of ASCII digits, or nil if any is not one.
    private static func number(_ digits: ArraySlice<Unicode.Scalar>) -> Int? {
        var value = 0
        for scalar in digits {
            guard ("0"..."9").contains(scalar) else { return nil }
            value = value * 10 + Int(scalar.value - 48)
        }
        return value
    }
}
