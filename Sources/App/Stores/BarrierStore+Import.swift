import Domain
import Foundation
import SQLite

/// Importing the barrier register (REPORTS.md, `barriers`): rows are matched on `ref`; the
/// file states each barrier as it stands, with no history events of its own.
extension BarrierStore {
    /// Adds the barrier of an import row, or updates the one with its `ref` when it differs.
    static func saveImported(_ row: BarrierRow, by userID: Int64?, now: Date, _ db: Database) throws -> ImportChange {
        let fields: [(any SQLBindable)?] = [
            row.title, row.category.rawValue, row.raisedOn.iso, row.status.rawValue, row.level?.rawValue, row.actionPlanOn?.iso,
            row.escalatedOn?.iso, row.resolvedOn?.iso, row.organisations.joined(separator: "; "),
        ]
        if let current = try db.queryOne(
            "SELECT title, category, raised_on, status, level, action_plan_on, escalated_on, resolved_on, organisations FROM barriers WHERE ref = ?", row.ref)
        {
            if fields.indices.allSatisfy({ (fields[$0]?.sqlValue ?? .null) == current[$0] }) { return .unchanged }
            try db.execute(
                """
                UPDATE barriers SET title = ?, category = ?, raised_on = ?, status = ?, level = ?, action_plan_on = ?, escalated_on = ?,
                    resolved_on = ?, organisations = ?, recorded_by = ?, recorded_at = ? WHERE ref = ?
                """, arguments: fields + [userID, now, row.ref])
            return .changed
        }
        try db.execute(
            """
            INSERT INTO barriers (title, category, raised_on, status, level, action_plan_on, escalated_on, resolved_on, organisations,
                recorded_by, recorded_at, ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: fields + [userID, now, row.ref])
        return .added
    }
}
