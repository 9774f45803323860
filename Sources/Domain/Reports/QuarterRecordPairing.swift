/// Matches each person's records for two support quarters (1 and 4 for accommodation; 0 and 4,
/// 0 and 8, or 1 and 4 for service use), keeping only people whose later quarter ended on or before E. A repeated
/// record for the same person and quarter replaces the earlier one, as an import would.
enum QuarterRecordPairing {
    /// One person's pair, as indexes into the records given.
    struct Pair {
        let slot: Int
        let first: Int
        let last: Int
    }

    /// Pairs for quarters `first` and `last`; `slots[i]` and `quarters[i]` describe record i.
    static func pairs(slots: [Int?], quarters: [Int], first: Int, last: Int, index: ReportIndex) -> [Pair] {
        var firstRecord = [Int](repeating: -1, count: index.people.count)
        var lastRecord = firstRecord
        for (record, slot) in slots.enumerated() {
            guard let slot else { continue }
            if quarters[record] == first { firstRecord[slot] = record }
            if quarters[record] == last { lastRecord[slot] = record }
        }
        return (0..<index.people.count).compactMap { slot in
            guard firstRecord[slot] >= 0, lastRecord[slot] >= 0, index.hasEnded(quarter: last, slot: slot) else { return nil }
            return Pair(slot: slot, first: firstRecord[slot], last: lastRecord[slot])
        }
    }
}
