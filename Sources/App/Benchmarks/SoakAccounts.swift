import Domain
import Foundation
import Hashing
import SQLite

/// The soak's accounts: a coordinator and a manager with sessions made in the store (as the
/// pages benchmark does), and trusted persons who sign in with a password again and again, each
/// walking alongside a few dozen people of the cohort.
struct SoakAccounts: Sendable {
    static let password = "soak horse battery staple"
    static let csrfToken = "soak-form-token"
    static let signers = 8

    let coordinatorCookie: String
    let managerCookie: String
    /// Email addresses of the trusted persons who sign in.
    let signerEmails: [String]
    /// Trust links of the signers to the cohort, to import once the people exist.
    let links: [(ImportKind, String, Int)]

    /// Creates the accounts in `app`'s database for a cohort of `people`.
    static func create(_ app: Application, people: Int) throws -> SoakAccounts {
        let now = Date()
        let hash = PasswordHash.make(password: password, iterations: app.configuration.passwordIterations).encoded
        return try app.services.pool.write { db in
            func session(_ email: String, _ roles: Set<Role>) throws -> String {
                let userID = try UserStore.create(
                    email: email, displayName: email, organisationID: nil, roles: roles, passwordHash: nil, now: now, db)
                let token = SessionToken.generate()
                try SessionStore.create(tokenDigest: SessionToken.digest(token), userID: userID, csrfToken: csrfToken, now: now, db)
                try SecondFactorStore.propose(userID: userID, secret: Base32.encode(SecureRandom.bytes(20), padded: false), now: now, db)
                try SecondFactorStore.confirm(userID: userID, step: 0, recoveryCodeDigests: [], now: now, db)
                return "\(Authenticator.sessionCookieName)=\(token)"
            }
            var emails: [String] = []
            var links = "person_ref,trusted_key,role,started_on\n"
            for index in 0..<signers {
                let email = "soak-helper-\(index)@example.org"
                let userID = try UserStore.create(
                    email: email, displayName: "Soak Helper \(index)", organisationID: nil, roles: [.trustedPerson],
                    passwordHash: hash, now: now, db)
                _ = try TrustedPersonStore.create(
                    key: "soak-tp-\(index)", name: "Soak Helper \(index)", kind: .person, organisationID: nil, paid: .paid,
                    userID: userID, now: now, db)
                emails.append(email)
            }
            let linked = min(people, signers * 30)
            for index in 0..<linked {
                links += "\(PersonReference.format(index + 1)),soak-tp-\(index % signers),primary,2022-09-05\n"
            }
            return SoakAccounts(
                coordinatorCookie: try session("soak-coordinator@example.org", [.coordinator]),
                managerCookie: try session("soak-manager@example.org", [.manager]),
                signerEmails: emails, links: [(.trustLinks, links, linked)])
        }
    }
}
