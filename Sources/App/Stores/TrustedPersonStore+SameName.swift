import Domain
import SQLite

extension TrustedPersonStore {
    /// Register entries in the given organisation (or, for none, with none) whose name is the
    /// same by `PersonName.same`: the register warns before a second entry for one person.
    static func sameName(_ name: String, organisationID: Int64?, _ db: Database) throws -> [TrustedPersonRecord] {
        try all(db).filter { $0.organisationID == organisationID && PersonName.same($0.name, name) }
    }
}
