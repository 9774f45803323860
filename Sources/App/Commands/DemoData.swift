import Domain
import Foundation
import Hashing
import SQLite

/// Fills an empty database with fictional organisations, one account per role (each with a
/// fresh random password, never a default one) and a fictional cohort, and says how to sign in.
enum DemoData {
    /// A demo account: who it is and what it may do.
    struct Account {
        let name: String
        let email: String
        let roles: Set<Role>
        let organisation: String?
    }

    static let organisations: [(String, Sector)] = [
        ("Riverside Day Centre", .voluntaryCommunity),
        ("Fen Edge Housing Association", .commissioned),
        ("Ouse Valley Recovery Service", .commissioned),
        ("Nene County Council Adult Services", .statutory),
    ]

    static let accounts: [Account] = [
        Account(name: "Morgan Ashby", email: "manager@demo.example.org", roles: [.manager], organisation: nil),
        Account(name: "Priya Nandakumar", email: "coordinator@demo.example.org", roles: [.coordinator, .trustedPerson], organisation: nil),
        Account(name: "Dev Okafor", email: "champion@demo.example.org", roles: [.champion], organisation: "Riverside Day Centre"),
        Account(name: "Sam Whitlock", email: "trusted@demo.example.org", roles: [.trustedPerson], organisation: "Riverside Day Centre"),
        Account(name: "Demo individual", email: "individual@demo.example.org", roles: [.individual], organisation: nil),
    ]

    /// Writes the demo data in one transaction; returns the lines to print.
    static func load(_ services: AppServices, now: Date) throws -> [String] {
        let passwords = accounts.map { _ in Base64URL.encode(SecureRandom.bytes(12)) }
        let hashes = passwords.map { PasswordHash.make(password: $0, iterations: services.configuration.passwordIterations) }
        let secrets = accounts.map { _ in Base32.encode(SecureRandom.bytes(20), padded: false) }
        try services.pool.write { db in
            guard try UserStore.count(db) == 0, try OrganisationStore.all(db).isEmpty else {
                throw DemoError.databaseNotEmpty
            }
            var organisationIDs: [String: Int64] = [:]
            for (name, sector) in organisations {
                organisationIDs[name] = try OrganisationStore.create(name: name, sector: sector, pledgeSignedOn: nil, now: now, db)
            }
            var userIDs: [String: Int64] = [:]
            for ((account, hash), secret) in zip(zip(accounts, hashes), secrets) {
                let id = try UserStore.create(
                    email: account.email, displayName: account.name,
                    organisationID: account.organisation.flatMap { organisationIDs[$0] }, roles: account.roles,
                    passwordHash: hash.encoded, now: now, db)
                userIDs[account.email] = id
                try SecondFactorStore.propose(userID: id, secret: secret, now: now, db)
                try SecondFactorStore.confirm(
                    userID: id, step: 0, recoveryCodeDigests: RecoveryCodes.generate().map(RecoveryCodes.digest), now: now, db)
                try RoleGrantStore.record(
                    RoleChangeRules.Change(from: [], to: account.roles), userID: id, byUserID: nil,
                    reason: "A demo account, made by the demo command.", now: now, db)
            }
            let coordinator = try userIDs["coordinator@demo.example.org"].flatMap { try UserStore.find(id: $0, db) }
            var cohort = DemoCohort(today: LondonTime.today(now), now: now, coordinatorUserID: coordinator?.id)
            _ = try cohort.load(
                organisationIDs: organisations.compactMap { organisationIDs[$0.0] },
                trustedAccountUserID: userIDs["trusted@demo.example.org"], coordinatorAccount: coordinator, db)
            if let individualUser = userIDs["individual@demo.example.org"] {
                try linkIndividualAccount(individualUser, db)
            }
            try addBarriers(raisedBy: userIDs["champion@demo.example.org"], today: LondonTime.today(now), now: now, db)
            try DemoChampions.load(organisationIDs: organisationIDs, userIDs: userIDs, today: LondonTime.today(now), now: now, db)
        }
        var lines = ["Demo data loaded: \(DemoCohort.size) fictional people with their circles of trust. Sign in at \(services.configuration.baseURL)/sign-in with:"]
        for ((account, password), secret) in zip(zip(accounts, passwords), secrets) {
            let roles = account.roles.sorted().map(\.title).joined(separator: " + ")
            lines.append(
                "  \(roles.padding(toLength: 28, withPad: " ", startingAt: 0)) \(account.email)  secret: \(secret)  password: \(password)")
        }
        lines.append("Every demo account signs in with its password and then a code from an authenticator app holding its")
        lines.append("secret (base32, time-based, 6 digits), e.g. `oathtool --totp -b SECRET`.")
        lines.append("These passwords and secrets are shown only now. Everyone in the demo is fictional.")
        return lines
    }

    /// Gives the demo individual account the record of an open person with a circle and
    /// assessments, under that person's name, so "my page" has something to show.
    private static func linkIndividualAccount(_ userID: Int64, _ db: Database) throws {
        guard let (id, name) = try IndividualStore.firstOpenWithCircleAndStar(db) else { return }
        try IndividualStore.linkAccount(individualID: id, userID: userID, db)
        try UserStore.setDisplayName(userID: userID, name, db)
    }

    /// A few barriers at every stage of the register.
    private static func addBarriers(raisedBy userID: Int64?, today: CalendarDate, now: Date, _ db: Database) throws {
        let barriers: [(String, BarrierCategory, Int, [(BarrierStatus, BarrierLevel?, Int)])] = [
            ("Detox waiting list needs a fixed address", .eligibility, 200, [(.escalated, .networkManager, 150), (.resolved, nil, 60)]),
            ("GP registration refused without ID", .threshold, 120, [(.actionPlan, .champion, 100)]),
            ("Mental health team will not share risk information", .dataSharing, 90, [(.escalated, .coordinator, 70), (.escalated, .strategicBoard, 20)]),
            ("No women-only night shelter in Fenland", .capacity, 60, []),
            ("Probation appointments clash with methadone pick-up", .policy, 30, [(.closedUnresolved, nil, 5)]),
        ]
        for (title, category, daysAgo, steps) in barriers {
            let raisedOn = today.adding(days: -daysAgo)
            let id = try BarrierStore.create(
                NewBarrier(title: title, category: category, raisedOn: raisedOn, level: nil, organisations: "Housing options; Probation"),
                by: userID, now: now, db)
            for (status, level, ago) in steps {
                try BarrierStore.change(id, BarrierChange(status: status, on: today.adding(days: -ago), level: level, note: ""), by: userID, now: now, db)
            }
        }
    }

    /// Why the demo could not be loaded.
    enum DemoError: Error, CustomStringConvertible {
        case databaseNotEmpty

        var description: String {
            "the database already has accounts or organisations; demo fills an empty database only (use --db with a new file)"
        }
    }
}
