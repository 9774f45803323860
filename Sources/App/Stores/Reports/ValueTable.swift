import Domain
import SQLite

/// One table's rows as the report reads them: every row's per-case integer columns in one
/// buffer, and the rest of each row beside it; the records are then built on slices of that
/// buffer (`ReportValues(slice:)`), so 200,000 rows cost no allocation each.
struct ValueTable<Key: CaseIterable & Equatable, Rest> where Key.AllCases == [Key] {
    private let width = Key.allCases.count
    private var values: [Int] = []
    private var rests: [Rest] = []

    /// Adds a row: its `Key.allCases.count` integer columns from `first` on, in `allCases`
    /// order, and the rest of it.
    mutating func append(_ row: borrowing RowCursor, from first: Int, _ rest: Rest) {
        for offset in 0..<width { values.append(row.int(first + offset)) }
        rests.append(rest)
    }

    /// Every row as a record, in the order read.
    func records<Record>(_ make: (Rest, ReportValues<Key>) -> Record) -> [Record] {
        rests.indices.map { index in
            make(rests[index], ReportValues(slice: values[index * width..<(index + 1) * width]))
        }
    }
}
