import Foundation
import Testing
@testable import App

/// Every form that sets a password refuses common passwords and ones containing the person's
/// name or email address, with the message beside the field, and stores nothing.
@Suite struct PasswordChoicePageTests {
    @Test func theRepositoryListIsReadAtStartUp() throws {
        let test = try TestApp()
        #expect(try test.app.services.commonPasswords.count > 19_000)
        #expect(try test.app.services.commonPasswords.contains("password1234"))
    }

    @Test func theFirstManagerCannotChooseACommonPasswordOrTheirName() throws {
        let test = try TestApp()
        let path = try FirstRunTests().setupPath(test)
        let client = test.client()
        try client.get(path)
        for (password, message) in [("password1234", "too common"), ("Mercer forever and ever", "“Mercer”")] {
            let response = try client.post(path, [
                ("display_name", "Alex Mercer"), ("email", "alex@example.org"),
                ("password", password), ("password_confirmation", password),
            ])
            #expect(response.status == 422)
            #expect(response.contains(message))
            #expect(response.contains("password-error\" aria-invalid=\"true\""))
            #expect(response.contains("value=\"Alex Mercer\""))
            #expect(!response.contains(password))
        }
        #expect(try test.count("SELECT count(*) FROM users") == 0)
    }

    @Test func anInvitedPersonCannotChooseTheirEmailsLocalPart() throws {
        let test = try TestApp()
        let manager = try test.signedIn([.manager])
        try manager.get("/admin/users/new")
        let created = try manager.post("/admin/users", [
            ("email", "casey.lund@example.org"), ("display_name", "Casey Lund"), ("roles", "trusted-person"),
        ])
        let path = try AdminUserTests().linkPath(created)
        let casey = test.client()
        try casey.get(path)
        let refused = try casey.post(path, [("password", "hello CASEY.LUND 2026"), ("password_confirmation", "hello CASEY.LUND 2026")])
        #expect(refused.status == 422)
        #expect(refused.contains("“casey.lund”"))
        #expect(try test.count("SELECT count(*) FROM users WHERE email = 'casey.lund@example.org' AND password_hash IS NULL") == 1)
    }

    @Test func changingAPasswordRefusesACommonOne() throws {
        let test = try TestApp()
        try test.createUser("sam@example.org", roles: [.coordinator], name: "Sam Whitlock")
        let client = test.client()
        try client.signIn("sam@example.org", TestApp.password)
        try client.get("/account/password")
        let response = try client.post("/account/password", [
            ("current_password", TestApp.password), ("password", "Password1234"), ("password_confirmation", "Password1234"),
        ])
        #expect(response.status == 422)
        #expect(response.contains("too common"))
        #expect(try test.client().signIn("sam@example.org", TestApp.password).status == 303)
    }
}
