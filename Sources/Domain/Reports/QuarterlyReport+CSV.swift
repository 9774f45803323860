/// The report as CSV (REPORTS.md): header `metric,group,value,numerator,denominator`, one row
/// per metric and group in report order. Lines end with "\n" (LF), as Unix tools and the
/// spreadsheet importers all accept; no field ever needs quoting (slugs and plain numbers),
/// numbers have no thousands separators, and empty cells are empty.
extension QuarterlyReport {
    /// The CSV header line, without its line ending.
    public static let csvHeader = "metric,group,value,numerator,denominator"

    /// The whole CSV.
    public func csv() -> String {
        var text = ""
        writeCSV { text += $0 }
        return text
    }

    /// Writes the CSV one line at a time, each with its "\n", so a large report can be
    /// streamed; the lines joined are exactly `csv()`.
    public func writeCSV(to write: (String) -> Void) {
        write(Self.csvHeader + "\n")
        for row in rows { write(row.csvLine + "\n") }
    }
}

extension ReportRow {
    /// The row's CSV line, without its line ending.
    public var csvLine: String {
        [metric, group.slug, value.text, numerator.map(String.init) ?? "", denominator.map(String.init) ?? ""]
            .joined(separator: ",")
    }
}
