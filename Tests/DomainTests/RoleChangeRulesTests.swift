import Foundation
import Testing
@testable import Domain

@Suite struct RoleChangeRulesTests {
    let reason = "Covering the Fenland caseload while Jo is away"

    func errors(
        from current: Set<Role>, to wanted: Set<Role>, actor: Int64 = 1, subject: Int64? = 2, reason: String
    ) -> FieldErrors {
        var errors = FieldErrors()
        RoleChangeRules.check(RoleChangeRules.Change(from: current, to: wanted), actorID: actor, subjectID: subject, reason: reason, into: &errors)
        return errors
    }

    @Test func aChangeKnowsWhatItAddsAndRemoves() {
        let change = RoleChangeRules.Change(from: [.trustedPerson, .manager], to: [.trustedPerson, .coordinator, .champion])
        #expect(change.granted == [.coordinator, .champion])
        #expect(change.revoked == [.manager])
        #expect(change.recordedGrants == [.coordinator])
        #expect(change.recordedRevocations == [.manager])
        #expect(RoleChangeRules.Change(from: [.champion], to: [.champion]).isEmpty)
    }

    @Test(arguments: [
        (Set<Role>([.manager]), Set<Role>([.manager, .coordinator])),
        (Set<Role>([.manager]), Set<Role>([.coordinator])),
        (Set<Role>([.manager, .coordinator]), Set<Role>([.manager])),
        (Set<Role>([.manager]), Set<Role>([.manager, .trustedPerson])),
    ])
    func nobodyChangesTheirOwnRolesEvenWithAReason(current: Set<Role>, wanted: Set<Role>) {
        let errors = errors(from: current, to: wanted, actor: 7, subject: 7, reason: reason)
        #expect(errors["roles"] == "You cannot change your own roles. Ask another manager to do it.")
    }

    @Test func keepingOnesOwnRolesAsTheyAreIsAllowed() {
        #expect(errors(from: [.manager], to: [.manager], actor: 7, subject: 7, reason: "").isEmpty)
    }

    @Test(arguments: [Role.coordinator, .manager])
    func grantingCoordinatorOrManagerNeedsAReason(role: Role) {
        let missing = errors(from: [.trustedPerson], to: [.trustedPerson, role], reason: "   ")
        #expect(missing["role_reason"]?.hasPrefix("Say why this person needs the \(role.title.lowercased()) role.") == true)
        #expect(errors(from: [.trustedPerson], to: [.trustedPerson, role], reason: reason).isEmpty)
    }

    @Test func aNewAccountWithBothRolesNamesBoth() {
        let missing = errors(from: [], to: [.coordinator, .manager], subject: nil, reason: "")
        #expect(missing["role_reason"]?.contains("coordinator and manager roles") == true)
    }

    @Test(arguments: [
        ("short one", false), ("   ten chars!   ", true), (String(repeating: "a", count: 10), true),
        (String(repeating: "a", count: 500), true), (String(repeating: "a", count: 501), false),
        ("  " + String(repeating: "a", count: 500) + "  ", true),
    ])
    func theReasonIsTenToFiveHundredCharactersOnceTrimmed(reason: String, accepted: Bool) {
        #expect(errors(from: [], to: [.coordinator], reason: reason).isEmpty == accepted)
    }

    @Test func removingRolesOrGrantingOtherRolesNeedsNoReason() {
        #expect(errors(from: [.coordinator, .manager], to: [.trustedPerson], reason: "").isEmpty)
        #expect(errors(from: [], to: [.champion, .trustedPerson, .individual], subject: nil, reason: "").isEmpty)
    }

    @Test func anOptionalReasonMayStillNotBeTooLong() {
        let errors = errors(from: [.coordinator], to: [], reason: String(repeating: "b", count: 501))
        #expect(errors["role_reason"] == "Use 500 characters or fewer.")
    }

    @Test func nobodyDeactivatesTheirOwnAccount() {
        var mine = FieldErrors()
        RoleChangeRules.checkDeactivation(actorID: 3, subjectID: 3, into: &mine)
        #expect(mine["status"] == "You cannot deactivate your own account. Ask another manager to do it.")
        var theirs = FieldErrors()
        RoleChangeRules.checkDeactivation(actorID: 3, subjectID: 4, into: &theirs)
        #expect(theirs.isEmpty)
    }
}

@Suite struct RoleGrantHistoryTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    func change(_ role: Role, _ kind: RoleGrant.Change, user: Int64 = 2, afterHours hours: Double, reason: String = "Covering Fenland") -> RoleGrant {
        RoleGrant(userID: user, role: role, change: kind, byUserID: 1, at: start.addingTimeInterval(hours * 3600), reason: reason)
    }

    @Test func aGrantIsInForceFromItsMomentUntilItIsRevoked() {
        let history = [change(.coordinator, .granted, afterHours: 1), change(.coordinator, .revoked, afterHours: 5)]
        #expect(RoleGrantHistory.inForce(history, userID: 2, at: start).isEmpty)
        #expect(RoleGrantHistory.inForce(history, userID: 2, at: start.addingTimeInterval(3600)) == [history[0]])
        #expect(RoleGrantHistory.inForce(history, userID: 2, at: start.addingTimeInterval(3 * 3600)) == [history[0]])
        #expect(RoleGrantHistory.inForce(history, userID: 2, at: start.addingTimeInterval(6 * 3600)).isEmpty)
    }

    @Test func aLaterGrantReplacesAnEarlierOneAndRolesAreKeptApart() {
        let history = [
            change(.coordinator, .granted, afterHours: 1, reason: "First"), change(.coordinator, .revoked, afterHours: 2),
            change(.manager, .granted, afterHours: 3), change(.coordinator, .granted, afterHours: 4, reason: "Second"),
            change(.coordinator, .granted, user: 9, afterHours: 4),
        ]
        let now = RoleGrantHistory.inForce(history, userID: 2, at: start.addingTimeInterval(10 * 3600))
        #expect(now.map(\.role) == [.coordinator, .manager])
        #expect(now.first?.reason == "Second")
        #expect(RoleGrantHistory.inForce(history, userID: 3, at: start.addingTimeInterval(10 * 3600)).isEmpty)
    }
}
