import Domain
import Foundation
import HTTP
import Testing
@testable import App

/// Every route in the app's own route table against every role, so a new page cannot be
/// added without its access rule being checked: 200 (or a form's answer) when allowed,
/// a redirect to sign-in when signed out, 403 when signed in without the permission.
@Suite struct RouteAccessTests {
    /// A signed-out visitor, then each role on its own.
    static let visitors: [Role?] = [nil] + Role.allCases.map { $0 }

    @Test(arguments: visitors)
    func everyRouteAnswersEachVisitorAsItsAccessRuleSays(role: Role?) throws {
        let test = try TestApp()
        let organisationID = try test.createOrganisation("Riverside Day Centre")
        let subjectID = try test.createUser("subject@example.org", roles: [.trustedPerson], organisationID: organisationID)
        let client = try role.map { try test.signedIn([$0], organisationID: organisationID) } ?? test.client()
        if role != nil { try client.get("/account/password") }
        let signOutLast = test.app.routeTable.entries.sorted { ($0.pattern == "/sign-out" ? 1 : 0) < ($1.pattern == "/sign-out" ? 1 : 0) }
        for entry in signOutLast where entry.access != .anyone {
            let path = entry.pattern
                .replacingOccurrences(of: "organisations/:id", with: "organisations/\(organisationID)")
                .replacingOccurrences(of: ":id", with: "\(subjectID)")
            let response = entry.method == .get ? try client.get(path) : try client.post(path, [])
            let label = "\(role?.rawValue ?? "signed out") \(entry.method.rawValue) \(entry.pattern)"
            guard let role else {
                #expect(response.status == 303, "\(label)")
                #expect(response.location?.hasPrefix("/sign-in") == true, "\(label)")
                continue
            }
            let allowed: Bool
            switch entry.access {
            case .anyone, .signedIn: allowed = true
            case .permission(let permission): allowed = AccessPolicy().allows([role], permission)
            }
            if !allowed {
                #expect(response.status == 403, "\(label)")
            } else if entry.method == .get {
                #expect(response.status == 200, "\(label)")
            } else {
                #expect(response.status != 403 && response.status < 500, "\(label) answered \(response.status)")
            }
        }
    }

    @Test(arguments: Role.allCases)
    func theNavigationShowsOnlyWhatTheRoleMayOpen(role: Role) throws {
        let test = try TestApp()
        let home = try test.signedIn([role]).get("/")
        for item in PageRenderer.navigation where item.href != "/" {
            let shown = home.contains("href=\"\(item.href)\"")
            #expect(shown == AccessPolicy().allows([role], item.permission!), "\(role) \(item.href)")
        }
    }

    @Test func severalRolesSeeTheUnionOfTheirPages() throws {
        let test = try TestApp()
        let client = try test.signedIn([.coordinator, .trustedPerson])
        #expect(try client.get("/caseload").status == 200)
        #expect(try client.get("/alongside").status == 200)
        #expect(try client.get("/admin/users").status == 403)
    }
}
