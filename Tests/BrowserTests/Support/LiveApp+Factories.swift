import Domain
import Foundation

@testable import App

/// Factories that write accounts, people and links straight to the live app's store, using
/// the app's own stores, so a journey starts from exactly the state it needs.
extension LiveApp {
    /// The referral date every factory-made individual shares.
    static let referralDate = CalendarDate(iso: "2026-01-05")!

    /// Creates an active account holding `roles`, with `LiveApp.password`; returns its id. It is
    /// enrolled in two-factor sign-in with `LiveApp.secondFactorSecret` when `enrolled` (by
    /// default when its roles need a second factor).
    @discardableResult
    func createUser(_ email: String, roles: Set<Role>, name: String, enrolled: Bool? = nil) throws -> Int64 {
        let hash = passwordHash()
        let id = try app.services.pool.write { db in
            try UserStore.create(
                email: email, displayName: name, organisationID: nil, roles: roles, passwordHash: hash,
                now: Date(), db)
        }
        if enrolled ?? SecondFactorRules.isRequired(for: roles) { try enrol(userID: id) }
        return id
    }

    /// Refers an individual with three disadvantages and opens their case; returns their id.
    func refer(_ name: String, district: District = .fenland) throws -> Int64 {
        let on = Self.referralDate
        return try app.services.pool.write { db in
            let referral = Referral(
                preferredName: name, district: district, cohortGroup: .notKnown, referredOn: on,
                disadvantages: [.homelessness: on, .mentalHealth: on, .offending: on])
            let id = try IndividualStore.create(referral, consent: .givenVerbally, by: nil, now: Date(), db).id
            try IndividualStore.changeStatus(
                id, to: .open, on: on, reason: nil, note: "", by: nil, now: Date(), db)
            return id
        }
    }

    /// Creates a trusted person, optionally tied to a login account; returns their id.
    func createTrustedPerson(_ name: String, userID: Int64? = nil) throws -> Int64 {
        try app.services.pool.write { db in
            try TrustedPersonStore.create(
                name: name, kind: .person, organisationID: nil, paid: .paid, userID: userID, now: Date(), db)
        }
    }

    /// Adds a confirmed link between an individual and a trusted person; returns its id.
    @discardableResult
    func link(_ individualID: Int64, _ trustedPersonID: Int64, role: TrustRole = .primary) throws -> Int64 {
        try app.services.pool.write { db in
            try TrustLinkStore.add(
                NewTrustLink(
                    trustedPersonID: trustedPersonID, role: role, status: .active, confirmed: true,
                    howItCameAbout: "", individualsWords: "", introducedBy: nil, startedOn: Self.referralDate),
                individualID: individualID, by: nil, now: Date(), db)
        }
    }

    /// Every organisation in the store.
    func organisations() throws -> [OrganisationRecord] {
        try app.services.pool.read { db in try OrganisationStore.all(db) }
    }

    /// Every trust link of one individual, ended ones included.
    func links(of individualID: Int64) throws -> [TrustLinkRecord] {
        try app.services.pool.read { db in try TrustLinkStore.forIndividual(individualID, db) }
    }

    /// An encoded hash of `LiveApp.password` at the cheap test cost.
    ///
    /// Why through the decoy hash's type: that type is `Hashing.PasswordHash`, and this target
    /// does not list `Hashing` among its dependencies, so it cannot name the type directly.
    private func passwordHash() -> String {
        let hashType = type(of: app.services.decoyHash)
        return hashType.make(password: Self.password, iterations: Self.passwordIterations).encoded
    }
}
