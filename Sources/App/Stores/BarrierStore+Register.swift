import Domain
import Foundation
import SQLite

/// What the register shows: filters by organisation, kind, level and status, and the order.
struct BarrierFilter: Sendable, Equatable {
    /// Newest first, or the open barriers that have stayed longest in their status first.
    enum Order: String, Sendable, CaseIterable {
        case newest
        case stuckLongest = "stuck"

        var title: String { self == .newest ? "Newest first" : "Stuck longest first" }
    }

    var organisationID: Int64?
    var category: BarrierCategory?
    var level: BarrierLevel?
    var status: BarrierStatus?
    var openOnly = false
    var order = Order.newest
    /// A champion's organisation, whose barriers come first.
    var firstForOrganisationID: Int64?
}

extension BarrierStore {
    /// The register as `filter` asks for it.
    static func list(_ filter: BarrierFilter, _ db: Database) throws -> [BarrierRecord] {
        var conditions = ["1 = 1"]
        var arguments: [(any SQLBindable)?] = []
        let involves = "EXISTS (SELECT 1 FROM barrier_organisations bo WHERE bo.barrier_id = b.id AND bo.organisation_id = ?)"
        if let organisationID = filter.organisationID {
            conditions.append(involves)
            arguments.append(organisationID)
        }
        if let category = filter.category {
            conditions.append("b.category = ?")
            arguments.append(category.rawValue)
        }
        if let level = filter.level {
            conditions.append("b.level = ?")
            arguments.append(level.rawValue)
        }
        if let status = filter.status {
            conditions.append("b.status = ?")
            arguments.append(status.rawValue)
        }
        if filter.openOnly { conditions.append("b.status NOT IN ('resolved', 'closed-unresolved')") }
        var order: [String] = []
        if let first = filter.firstForOrganisationID {
            order.append(involves + " DESC")
            arguments.append(first)
        }
        switch filter.order {
        case .newest: order.append("b.raised_on DESC")
        case .stuckLongest: order += ["b.status IN ('resolved', 'closed-unresolved')", "in_status_since", "b.raised_on"]
        }
        let sql = "SELECT * FROM (" + select + " WHERE " + conditions.joined(separator: " AND ") + ") b ORDER BY "
        return try db.query(sql + (order + ["b.id DESC"]).joined(separator: ", "), arguments: arguments).map(record)
    }

    /// Which of these organisation ids exist.
    static func existingOrganisations(_ ids: [Int64], _ db: Database) throws -> Set<Int64> {
        Set(try OrganisationStore.all(db).map(\.id)).intersection(ids)
    }
}
