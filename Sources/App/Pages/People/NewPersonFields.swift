import Domain
import Foundation
import SQLite

/// The "someone new" fields shared by the link and unsafe forms.
struct NewPersonFields {
    let name: String
    let kind: TrustedPersonKind
    let organisationID: Int64?
    let paid: PaidStatus

    /// The new person's details, or nil when an existing person was chosen.
    static func read(_ input: [String: String], into errors: inout FieldErrors, required: Bool) -> NewPersonFields? {
        guard required else { return nil }
        let name = (input["new_name"] ?? "").trimmingWhitespace()
        if name.isEmpty {
            errors.add("trusted_person_id", "Choose someone from the list, or enter a new person's or service's name.")
            return nil
        }
        if name.count > 150 { errors.add("new_name", "Use 150 characters or fewer.") }
        return NewPersonFields(
            name: name, kind: TrustedPersonKind(rawValue: input["new_kind"] ?? "") ?? .person,
            organisationID: Int64(input["new_organisation_id"] ?? ""), paid: PaidStatus(rawValue: input["new_paid"] ?? "") ?? .paid)
    }

    func create(now: Date, _ db: Database) throws -> Int64 {
        if let organisationID, try OrganisationStore.find(id: organisationID, db) == nil { throw AppError.notFound }
        return try TrustedPersonStore.create(name: name, kind: kind, organisationID: organisationID, paid: paid, userID: nil, now: now, db)
    }
}
