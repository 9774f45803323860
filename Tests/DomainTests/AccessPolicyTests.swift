import Testing
@testable import Domain

@Suite struct AccessPolicyTests {
    let policy = AccessPolicy()

    @Test(arguments: Role.allCases)
    func eachRoleGrantsExactlyItsOwnPermissions(role: Role) {
        #expect(policy.permissions(for: [role]) == AccessPolicy.grants[role])
    }

    @Test func severalRolesGrantTheUnionAndNoMore() {
        let roles: Set<Role> = [.coordinator, .trustedPerson]
        #expect(policy.permissions(for: roles) == [
            .workCaseload, .importData, .workBarriers, .viewPeopleWalkedAlongside, .askForHelp, .workHelpRequests, .approveInvitations,
            .viewNetworkDirectory, .flagTrainingNeeds, .recordTraining,
        ])
        #expect(!policy.allows(roles, .administerUsers))
        #expect(policy.allows(roles, .workCaseload))
    }

    @Test func noRolesGrantNothing() {
        #expect(policy.permissions(for: []).isEmpty)
        for permission in Permission.allCases {
            #expect(!policy.allows([], permission))
        }
    }

    @Test func onlyManagersAdministerUsers() {
        for role in Role.allCases {
            #expect(policy.allows([role], .administerUsers) == (role == .manager))
        }
    }
}
