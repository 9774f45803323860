/// Finds each person's baseline and follow-up assessment (REPORTS.md, "Pairing assessments
/// over 12 months"): the baseline is the earliest assessment on or before E; the follow-up is
/// dated baseline + 273 to baseline + 456 days inclusive, on or before E, and closest to
/// baseline + 365 days, a tie going to the later one. Two passes over the records, no sorting.
enum AssessmentPairing {
    static let earliestFollowUp = 273
    static let latestFollowUp = 456
    static let targetFollowUp = 365

    /// A person's pair, as indexes into the records given.
    struct Pair {
        let slot: Int
        let baseline: Int
        let followUp: Int
    }

    /// Pairs for every person with both; `slots[i]` is record i's person slot, or nil to leave
    /// it out, and `days[i]` its day number. Records after `endDay` are ignored.
    static func pairs(slots: [Int?], days: [Int], people: Int, endDay: Int) -> [Pair] {
        var baseline = [Int](repeating: -1, count: people)
        for (record, slot) in slots.enumerated() {
            guard let slot, days[record] <= endDay else { continue }
            let current = baseline[slot]
            if current < 0 || days[record] < days[current] { baseline[slot] = record }
        }
        var followUp = [Int](repeating: -1, count: people)
        for (record, slot) in slots.enumerated() {
            guard let slot, baseline[slot] >= 0 else { continue }
            let day = days[record]
            let start = days[baseline[slot]]
            guard day <= endDay, day >= start + earliestFollowUp, day <= start + latestFollowUp else { continue }
            let current = followUp[slot]
            if current < 0 || isCloser(day, than: days[current], to: start + targetFollowUp) {
                followUp[slot] = record
            }
        }
        return (0..<people).compactMap { slot in
            followUp[slot] >= 0 ? Pair(slot: slot, baseline: baseline[slot], followUp: followUp[slot]) : nil
        }
    }

    /// Whether `day` is nearer `target` than `other` is, or as near and later.
    private static func isCloser(_ day: Int, than other: Int, to target: Int) -> Bool {
        let distance = abs(day - target)
        let otherDistance = abs(other - target)
        return distance < otherDistance || (distance == otherDistance && day > other)
    }
}
