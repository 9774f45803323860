import Domain
import Foundation

@testable import App

/// Factories for champions' journeys: accounts that belong to an organisation.
extension LiveApp {
    /// Creates an active account in `organisationID` holding `roles`, with `LiveApp.password`; returns its id.
    @discardableResult
    func createUser(_ email: String, roles: Set<Role>, name: String, organisationID: Int64) throws -> Int64 {
        let userID = try createUser(email, roles: roles, name: name)
        try app.services.pool.write { db in
            let user = try UserStore.find(id: userID, db)
            try UserStore.update(id: userID, displayName: name, organisationID: organisationID, roles: user?.roles ?? roles, db)
        }
        return userID
    }
}

extension LiveApp {
    /// Creates a trusted person (a person, without an account) in `organisationID`; returns their id.
    func createTrustedPerson(_ name: String, organisationID: Int64) throws -> Int64 {
        try app.services.pool.write { db in
            try TrustedPersonStore.create(name: name, kind: .person, organisationID: organisationID, paid: .paid, userID: nil, now: Date(), db)
        }
    }
}
