import Domain
import Testing

extension BrowserJourneys {
    /// Each role sees exactly the navigation its permissions allow (AccessPolicy.grants).
    @Suite struct Navigation {
        static let expected: [(Role, Set<String>)] = [
            (.individual, ["/", "/me"]),
            (.trustedPerson, ["/", "/alongside", "/barriers", "/help", "/directory"]),
            (.champion, ["/", "/organisation", "/barriers", "/help", "/directory"]),
            (.coordinator, ["/", "/caseload", "/trusted-people", "/training", "/barriers", "/help", "/invitations", "/directory", "/imports"]),
            (.manager, ["/", "/network", "/reports", "/barriers", "/invitations", "/directory", "/admin/users", "/admin/organisations", "/admin/subject-access"]),
        ]

        @Test(arguments: expected)
        func roleSeesOnlyItsOwnNavigation(role: Role, hrefs: Set<String>) async throws {
            try await withLiveApp { live in
                let email = "\(role.rawValue)@example.org"
                try live.createUser(email, roles: [role], name: role.title)
                try await withBrowser { browser in
                    try await browser.signIn(live, email: email)
                    #expect(try await browser.navigationHrefs() == hrefs)
                }
            }
        }
    }
}
