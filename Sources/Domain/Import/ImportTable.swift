/// Reads an import file into checked, typed rows (REPORTS.md, "Import files"): the header
/// first, then every row, reporting every problem as `FILE:LINE: column: reason`. A file
/// with any problem is rejected whole; that is the caller's transaction. References to other
/// records (people, trusted people, support quarters) are `ImportReferences`' job.
public enum ImportTable {
    /// Parses `bytes` as CSV and reads them; a CSV error becomes the one error reported, named
    /// by its column when the header has been read.
    public static func read(
        kind: ImportKind, bytes: [UInt8], file: String, today: CalendarDate, progress: (ImportProgress) -> Void = { _ in }
    ) -> (rows: [ImportRow], errors: [ImportError]) {
        let (records, csvError) = CSVParser.scan(bytes)
        guard let csvError else { return read(kind: kind, records: records, file: file, today: today, progress: progress) }
        let column = records.first.map {
            ImportHeader(names: ImportHeader.names(in: $0), positions: [:]).column(csvError.field)
        }
        let error = ImportError(
            file: file, line: csvError.line, column: column ?? "column \(csvError.field)", reason: csvError.message)
        return ([], [error])
    }

    /// The rows of `records` (the first is the header), or the problems found. `today` bounds
    /// every date: nothing may be dated in the future. A row of empty cells (`,,,,` — what
    /// spreadsheets leave below the data) is skipped. `progress` hears every 1,000 rows checked.
    public static func read(
        kind: ImportKind, records: [CSVRecord], file: String, today: CalendarDate, progress: (ImportProgress) -> Void = { _ in }
    ) -> (rows: [ImportRow], errors: [ImportError]) {
        guard let first = records.first else {
            let reason = "The file is empty: it needs a header row."
            return ([], [ImportError(file: file, line: 1, column: "header", reason: reason)])
        }
        let (header, headerErrors) = ImportHeader.read(first, kind: kind, file: file)
        guard let header else { return ([], headerErrors) }
        var rows: [ImportRow] = []
        var errors: [ImportError] = []
        var firstLines: [ImportKey: Int] = [:]
        rows.reserveCapacity(records.count - 1)
        var tally = ImportProgress(total: records.count - 1)
        for record in records.dropFirst() {
            tally.checked += 1
            if tally.checked % 1000 == 0 { progress(tally) }
            if record.fields.allSatisfy({ $0.trimmingWhitespace().isEmpty }) { continue }
            guard record.fields.count == header.names.count else {
                let column = header.column(min(record.fields.count, header.names.count) + 1)
                let reason =
                    "The row has \(record.fields.count) cells but the header names \(header.names.count) columns."
                errors.append(ImportError(file: file, line: record.line, column: column, reason: reason))
                continue
            }
            var cells = ImportCells(columns: header.positions, fields: record.fields, today: today)
            guard let row = readRow(kind, &cells, line: record.line) else {
                errors += ImportError.all(from: cells.errors, file: file, line: record.line)
                continue
            }
            if let earlier = firstLines[row.key] {
                let reason = "The same \(kind.keyColumns.joined(separator: " and ")) as line \(earlier) (\(row.key))."
                errors.append(ImportError(file: file, line: record.line, column: kind.keyColumns[0], reason: reason))
                continue
            }
            firstLines[row.key] = record.line
            rows.append(row)
        }
        progress(tally)
        return (rows, errors)
    }

    private static func readRow(_ kind: ImportKind, _ cells: inout ImportCells, line: Int) -> ImportRow? {
        switch kind {
        case .people: PersonRow.read(&cells, line: line).map(ImportRow.person)
        case .trustedPeople: TrustedPersonRow.read(&cells, line: line).map(ImportRow.trustedPerson)
        case .trustLinks: TrustLinkRow.read(&cells, line: line).map(ImportRow.trustLink)
        case .star: StarRow.read(&cells, line: line).map(ImportRow.star)
        case .ndt: NDTRow.read(&cells, line: line).map(ImportRow.ndt)
        case .accommodation: AccommodationRow.read(&cells, line: line).map(ImportRow.accommodation)
        case .serviceUse: ServiceUseRow.read(&cells, line: line).map(ImportRow.serviceUse)
        case .barriers: BarrierRow.read(&cells, line: line).map(ImportRow.barrier)
        case .survey: SurveyRow.read(&cells, line: line).map(ImportRow.survey)
        case .training: TrainingRow.read(&cells, line: line).map(ImportRow.training)
        }
    }
}
