import Foundation
import Testing
@testable import App

@Suite struct FirstRunTests {
    func setupPath(_ test: TestApp) throws -> String {
        let link = try #require(try test.app.firstRunLink(now: test.now))
        return try #require(URL(string: link)?.path)
    }

    @Test func anEmptyDatabaseGetsAOneTimeSetupLink() throws {
        let test = try TestApp()
        let link = try #require(try test.app.firstRunLink(now: test.now))
        #expect(link.hasPrefix("http://127.0.0.1:8080/setup/"))
        #expect(try test.count("SELECT count(*) FROM one_time_links WHERE purpose = 'setup'") == 1)
    }

    @Test func theSetupPageCreatesTheFirstManagerAndSignsThemIn() throws {
        let test = try TestApp()
        let path = try setupPath(test)
        let client = test.client()
        #expect(try client.get(path).status == 200)
        let response = try client.post(path, [
            ("display_name", "Alex Mercer"), ("email", "Alex@Example.org"),
            ("password", "a long enough passphrase"), ("password_confirmation", "a long enough passphrase"),
        ])
        #expect(response.status == 303)
        #expect(response.location == "/account/second-factor", "a manager enrols a second factor before anything else")
        #expect(try client.enrol("alex@example.org").contains("Your recovery codes"))
        let home = try client.get("/")
        #expect(home.status == 200)
        #expect(home.contains("Hello, Alex Mercer"))
        #expect(home.contains("href=\"/admin/users\""))
        #expect(try test.count("SELECT count(*) FROM users u JOIN user_roles r ON r.user_id = u.id WHERE u.email = 'alex@example.org' AND r.role = 'manager'") == 1)
    }

    @Test func theSetupLinkWorksOnlyOnce() throws {
        let test = try TestApp()
        let path = try setupPath(test)
        let fields = [("display_name", "Alex"), ("email", "alex@example.org"),
                      ("password", "a long enough passphrase"), ("password_confirmation", "a long enough passphrase")]
        let client = test.client()
        try client.get(path)
        #expect(try client.post(path, fields).status == 303)
        let second = test.client()
        #expect(try second.get(path).status == 404)
        #expect(try test.count("SELECT count(*) FROM users") == 1)
    }

    @Test func aNewSetupLinkRetiresTheOldOne() throws {
        let test = try TestApp()
        let old = try setupPath(test)
        let new = try setupPath(test)
        #expect(try test.client().get(old).status == 404)
        #expect(try test.client().get(new).status == 200)
    }

    @Test func noSetupLinkOnceAccountsExist() throws {
        let test = try TestApp()
        try test.createUser("someone@example.org", roles: [.coordinator])
        #expect(try test.app.firstRunLink(now: test.now) == nil)
    }

    @Test func anExpiredOrMadeUpLinkIsNotFound() throws {
        let test = try TestApp()
        let path = try setupPath(test)
        #expect(try test.client().get("/setup/not-a-real-token").status == 404)
        test.advance(by: 24 * 60 * 60 + 1)
        #expect(try test.client().get(path).status == 404)
    }

    @Test func badInputShowsTheFormAgainWithMessagesAndStoresNothing() throws {
        let test = try TestApp()
        let path = try setupPath(test)
        let client = test.client()
        try client.get(path)
        let response = try client.post(path, [
            ("display_name", "Alex <b>Mercer</b>"), ("email", "not-an-email"),
            ("password", "short"), ("password_confirmation", "different"),
        ])
        #expect(response.status == 422)
        #expect(response.contains("There is a problem"))
        #expect(response.contains("Enter an email address like name@example.org."))
        #expect(response.contains("Use at least 12 characters."))
        #expect(response.contains("The two passwords do not match."))
        #expect(response.contains("value=\"Alex &lt;b&gt;Mercer&lt;&#47;b&gt;\"") || response.contains("value=\"Alex &lt;b&gt;Mercer&lt;/b&gt;\""))
        #expect(response.contains("value=\"not-an-email\""))
        #expect(!response.contains("value=\"short\""))
        #expect(try test.count("SELECT count(*) FROM users") == 0)
    }
}
