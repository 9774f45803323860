/// A row of a `barriers` file: a system barrier raised, worked on and perhaps resolved.
public struct BarrierRow: Sendable, Equatable {
    /// The longest title accepted.
    public static let maximumTitleLength = 200
    /// The longest `organisations` cell accepted.
    public static let maximumOrganisationsLength = 1000

    public let line: Int
    public var ref: String
    public var title: String
    public var category: BarrierCategory
    public var raisedOn: CalendarDate
    public var status: BarrierStatus
    public var level: BarrierLevel?
    public var actionPlanOn: CalendarDate?
    public var escalatedOn: CalendarDate?
    /// The day it was resolved, or closed unresolved.
    public var resolvedOn: CalendarDate?
    /// The organisations involved, as written (separated by `;` in the cell).
    public var organisations: [String]

    public var key: ImportKey { .ref(ref) }

    /// Reads the row, or nil with its problems in `cells.errors`. Every later date is on or
    /// after `raised_on`. `resolved_on` is the day a barrier was resolved or closed unresolved,
    /// which the report needs (REPORTS.md, `barriers.open`, `barriers.resolved_within_90_days`):
    /// so a finished barrier needs it and an unfinished one has none.
    static func read(_ cells: inout ImportCells, line: Int) -> BarrierRow? {
        let ref = cells.key("ref")
        let title = cells.text("title", maximumLength: maximumTitleLength)
        let category = cells.choice("category", as: BarrierCategory.self)
        let raisedOn = cells.date("raised_on", required: true)
        let status = cells.choice("status", as: BarrierStatus.self)
        let level = cells.choice("level", as: BarrierLevel.self, required: false)
        let dates = ["action_plan_on", "escalated_on", "resolved_on"].map { column in
            let date = cells.date(column)
            cells.checkOrder(date, column, notBefore: raisedOn, "This date is before the barrier was raised.")
            return date
        }
        let organisations = cells.optionalText("organisations", maximumLength: maximumOrganisationsLength) ?? ""
        if let status {
            let hasResolvedOn = !cells["resolved_on"].isEmpty
            if status.isFinished, !hasResolvedOn {
                cells.errors.add(
                    "resolved_on", "A \(status.rawValue) barrier needs the date it was resolved or closed.")
            }
            if !status.isFinished, hasResolvedOn {
                cells.errors.add("resolved_on", "Only a resolved or closed-unresolved barrier has resolved_on.")
            }
        }
        guard cells.errors.isEmpty, let ref, let category, let raisedOn, let status else { return nil }
        return BarrierRow(
            line: line, ref: ref, title: title, category: category, raisedOn: raisedOn, status: status, level: level,
            actionPlanOn: dates[0], escalatedOn: dates[1], resolvedOn: dates[2],
            organisations: ImportValues.list(organisations))
    }
}
