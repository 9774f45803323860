import Foundation
import Testing
@testable import App

/// The phone header (issue 15: 264 of 844 px on every phone page): one row with a "Menu"
/// `<details>` holding the main navigation and the account links, no script needed.
@Suite struct PhoneHeaderTests {
    @Test func aSignedInPageHasAMenuWithEveryNavigationLinkAndSignOut() throws {
        let test = try TestApp()
        let page = try test.signedIn([.coordinator]).get("/caseload")
        let menu = try #require(page.body.firstRange(of: "<details class=\"phone-menu\">").map { page.body[$0.lowerBound...] })
        let body = menu[..<(try #require(menu.firstRange(of: "</details>"))).upperBound]
        let wide = try #require(page.body.firstRange(of: "<nav class=\"main-nav wrap\" aria-label=\"Main\">").map { page.body[$0.lowerBound...] })
        let wideLinks = wide[..<(try #require(wide.firstRange(of: "</nav>"))).lowerBound].matches(of: /href="([^"]+)"/).map { String($0.1) }
        #expect(wideLinks.count > 3)
        #expect(body.matches(of: /<nav aria-label="Main">[\s\S]*?<\/nav>/).first.map { $0.0.matches(of: /href="([^"]+)"/).map { String($0.1) } } == wideLinks)
        #expect(body.contains("<a href=\"/caseload\" aria-current=\"page\">"))
        #expect(body.contains("<a href=\"/account/password\">Change password</a>"))
        #expect(body.contains("<form method=\"post\" action=\"/sign-out\">"))
        #expect(body.contains("id=\"sign-out-menu\""))
    }

    @Test func aSignedOutPageHasNoMenu() throws {
        let test = try TestApp()
        let page = try test.client().get("/sign-in")
        #expect(!page.contains("phone-menu"))
        #expect(page.contains("<a class=\"skip-link\" href=\"#main\">Skip to main content</a>"))
    }

    @Test func theStylesheetShowsTheMenuOnlyOnPhonesAndHidesTheWideHeaderThere() throws {
        let css = try String(contentsOfFile: TestApp.rootDirectory + "/Public/app.css", encoding: .utf8)
        #expect(css.contains(".phone-menu { display: none; }"))
        #expect(css.contains(".site-header .account, .site-header > .main-nav { display: none; }"))
    }
}
