import Domain
import Foundation
import TemplateEngine

/// Template values for role grants: the manager's list on the network page (staff names are
/// fine there), and the plain line on a person's "who has looked" that says why someone could
/// open their record.
enum RoleGrantView {
    /// The network page's row for one grant or removal.
    static func networkRow(_ record: RoleGrantRecord) -> TemplateValue {
        let grant = record.grant
        return [
            "at": .string(LondonTime.format(grant.at)),
            "who": .string(record.userName),
            "role": .string(grant.role.title),
            "change": .string(grant.change == .granted ? "Given" : "Taken away"),
            "by": .string(record.byName ?? "No one: made at set-up"),
            "reason": .string(grant.reason.isEmpty ? "–" : grant.reason),
        ]
    }

    /// For the individual, in plain words: "At the time, Sam Coordinator had the coordinator
    /// role. Pat Manager gave it to them on 3 Dec 2026, saying: “covering the Fenland caseload”."
    static func explanation(_ record: RoleGrantRecord) -> String {
        let grant = record.grant
        let on = LondonTime.today(grant.at).display
        let given = record.byName.map { "\($0) gave it to them on \(on)" } ?? "It was given to them on \(on)"
        return "At the time, \(record.userName) had the \(grant.role.title.lowercased()) role. \(given), saying: “\(grant.reason)”."
    }
}
