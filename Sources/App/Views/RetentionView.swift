import Domain
import TemplateEngine

/// The template values of the retention dry run.
enum RetentionView {
    static func values(_ due: [RetentionCandidate], rule: RetentionRule, today: CalendarDate) -> [String: TemplateValue] {
        var totals: [ErasureKind: Int] = [:]
        for candidate in due { totals.merge(candidate.counts, uniquingKeysWith: +) }
        return [
            "years": .string(String(rule.years)),
            "latestClosure": .string(rule.latestDueClosure(today: today).display),
            "latestClosureISO": .string(rule.latestDueClosure(today: today).iso),
            "people": .array(due.map { candidate in
                [
                    "ref": .string(candidate.ref),
                    "closedOn": .string(candidate.closedOn.display),
                    "closedOnISO": .string(candidate.closedOn.iso),
                    "summary": .string(candidate.counts.sorted { $0.key < $1.key }.map { "\($0.key.title): \($0.value)" }.joined(separator: "; ")),
                ]
            }),
            "totals": .array(totals.sorted { $0.key < $1.key }.map { ["kind": .string($0.key.title), "count": .string(String($0.value))] }),
        ]
    }
}
