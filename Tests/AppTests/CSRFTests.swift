import Foundation
import Testing
@testable import App

@Suite struct CSRFTests {
    let newOrganisation = [("name", "Riverside Day Centre"), ("sector", "voluntary-community"), ("pledge_signed_on", "")]

    @Test func aFormWithItsTokenIsAccepted() throws {
        let test = try TestApp()
        let manager = try test.signedIn([.manager])
        try manager.get("/admin/organisations/new")
        #expect(try manager.post("/admin/organisations", newOrganisation).status == 303)
        #expect(try test.count("SELECT count(*) FROM organisations") == 1)
    }

    @Test func aPostWithoutTheTokenIsRefusedAndChangesNothing() throws {
        let test = try TestApp()
        let manager = try test.signedIn([.manager])
        let response = try manager.post("/admin/organisations", newOrganisation, csrf: "")
        #expect(response.status == 403)
        #expect(response.contains("This form has expired"))
        #expect(try test.count("SELECT count(*) FROM organisations") == 0)
    }

    @Test func aPostWithAnotherSessionsTokenIsRefused() throws {
        let test = try TestApp()
        let manager = try test.signedIn([.manager])
        let other = try test.signedIn([.manager], email: "other@example.org")
        try other.get("/admin/organisations/new")
        let response = try manager.post("/admin/organisations", newOrganisation, csrf: other.lastCSRFToken)
        #expect(response.status == 403)
        #expect(try test.count("SELECT count(*) FROM organisations") == 0)
    }

    @Test(arguments: [
        [("Sec-Fetch-Site", "cross-site")],
        [("Sec-Fetch-Site", "same-site")],
        [("Origin", "https://evil.example")],
        [("Origin", "http://127.0.0.1:9999")],
    ])
    func aPostFromAnotherSiteIsRefusedEvenWithTheToken(headers: [(String, String)]) throws {
        let test = try TestApp()
        let manager = try test.signedIn([.manager])
        try manager.get("/admin/organisations/new")
        let response = try manager.post("/admin/organisations", newOrganisation, headers: headers)
        #expect(response.status == 403)
        #expect(try test.count("SELECT count(*) FROM organisations") == 0)
    }

    @Test func signingInNeedsTheFormCookieToo() throws {
        let test = try TestApp()
        try test.createUser("sam@example.org", roles: [.coordinator])
        let client = test.client()
        let response = try client.post("/sign-in", [("email", "sam@example.org"), ("password", TestApp.password)], csrf: "forged-token-value-that-is-long-enough-43c")
        #expect(response.status == 403)
        #expect(try test.count("SELECT count(*) FROM sessions") == 0)
    }

    @Test func signingOutNeedsTheToken() throws {
        let test = try TestApp()
        let client = try test.signedIn([.coordinator])
        #expect(try client.post("/sign-out", csrf: "").status == 403)
        #expect(try client.get("/caseload").status == 200)
    }
}

@Suite struct SecurityHeaderTests {
    @Test(arguments: ["/sign-in", "/no-such-page", "/"])
    func everyPageCarriesTheSecurityHeaders(path: String) throws {
        let test = try TestApp()
        let response = try test.client().get(path)
        let policy = try #require(response.headers["Content-Security-Policy"])
        #expect(policy.contains("default-src 'none'"))
        #expect(policy.contains("frame-ancestors 'none'"))
        #expect(!policy.contains("unsafe-inline"))
        #expect(response.headers["X-Content-Type-Options"] == "nosniff")
        #expect(response.headers["Referrer-Policy"] == "no-referrer")
        #expect(response.headers["Cache-Control"] == "no-store")
    }

    @Test func staticFilesCarryNoSniffButMayBeCached() throws {
        let test = try TestApp()
        let response = try test.client().get("/static/app.css")
        #expect(response.status == 200)
        #expect(response.headers["Content-Type"]?.hasPrefix("text/css") == true)
        #expect(response.headers["X-Content-Type-Options"] == "nosniff")
        #expect(response.headers["Cache-Control"] != "no-store")
    }

    @Test func unknownPagesGetTheFriendlyNotFoundPage() throws {
        let test = try TestApp()
        let response = try test.client().get("/no-such-page")
        #expect(response.status == 404)
        #expect(response.contains("Page not found"))
        #expect(try test.client().get("/static/missing.css").status == 404)
        #expect(try test.client().get("/static/../Package.swift").status == 404)
    }

    @Test func pagesHaveNoInlineScript() throws {
        let test = try TestApp()
        let client = try test.signedIn([.manager, .coordinator, .champion, .trustedPerson, .individual])
        for path in ["/", "/admin/users", "/admin/users/new", "/admin/organisations/new", "/network", "/account/password"] {
            let body = try client.get(path).body
            #expect(!body.contains("<script"), "\(path) has a script tag")
            #expect(!body.contains(" style=\""), "\(path) has an inline style")
        }
    }
}
