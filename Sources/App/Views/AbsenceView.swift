import Domain
import SQLite
import TemplateEngine

/// Who acts while someone in an individual's circle is away, as the record and the caseload
/// show it: "Kim (Back-up): acting while Sam is off sick until 3 Feb 2027".
enum AbsenceView {
    /// One line per active link whose person is away today, and whether the coordinator's
    /// one-action interim cover is offered (the primary is away and no back-up can act).
    static func notices(links: [ExistingLink], away: [Int64: (absence: Absence, name: String)]) -> (lines: [String], needsCover: Bool) {
        let active = links.filter { $0.status == .active }
        let awayIDs = Set(away.keys)
        var lines: [String] = []
        for link in active where link.role != .interim {
            guard let (absence, name) = away[link.trustedPersonID] else { continue }
            let whileAway = "while \(name) is \(absence.kind.phrase) until \(absence.expectedReturn.display)"
            guard link.role == .primary else {
                lines.append("\(name) (\(link.role.title)) is \(absence.kind.phrase) until \(absence.expectedReturn.display).")
                continue
            }
            if let acting = AbsenceRules.acting(for: link.trustedPersonID, in: active, absentIDs: awayIDs) {
                lines.append("\(acting.name) (\(acting.role.title)): acting \(whileAway).")
            } else if let cover = active.first(where: { $0.role == .interim }) {
                lines.append("\(cover.name) (\(cover.role.title)): covering \(whileAway).")
            } else {
                lines.append("No back-up can act \(whileAway).")
            }
        }
        return (lines, AbsenceRules.needsInterimCover(active, absentIDs: awayIDs))
    }

    /// The template values for the record page's notice.
    static func values(links: [ExistingLink], away: [Int64: (absence: Absence, name: String)]) -> TemplateValue {
        let found = notices(links: links, away: away)
        guard !found.lines.isEmpty else { return .null }
        return ["lines": .array(found.lines.map { .string($0) }), "needsCover": .bool(found.needsCover)]
    }

    /// For the caseload: the first absence line of each listed individual who has someone away.
    static func caseloadLines(individualIDs: [Int64], today: CalendarDate, _ db: Database) throws -> [Int64: String] {
        let away = try AbsenceStore.current(today: today, db)
        guard !away.isEmpty else { return [:] }
        return try AbsenceStore.activeLinks(individualIDs: individualIDs, db).compactMapValues { links in
            notices(links: links, away: away).lines.first
        }
    }
}
