import Foundation
import HTTP
import Testing
@testable import App

/// Templates print addresses handed to them from the typed routes, never build one from strings,
/// and every form and link on the record and progress pages names a route the app has.
@Suite struct TemplatePathsTests {
    @Test func noTemplateBuildsAPathFromStrings() throws {
        let root = URL(fileURLWithPath: TestApp.rootDirectory).appendingPathComponent("Templates")
        let files = try #require(FileManager.default.enumerator(atPath: root.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".html") }
        #expect(files.count > 20)
        for file in files {
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            let built = text.matches(of: /(href|action)="\/[^"]*\{\{/).count
            #expect(built == 0, "\(file) builds \(built) path(s) from strings")
        }
    }

    @Test func everyFormAndLinkOnTheRecordAndProgressPagesIsARoute() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        let sam = try test.createTrustedPerson("Sam")
        try test.link(person, sam, role: .primary)
        try test.story(person, .story, "Told once")
        try test.addStar(person, every: 5)
        let coordinator = try test.signedIn([.coordinator])
        try coordinator.post("/people/\(person)/plan", [("goal", "A home"), ("step", "Call housing"), ("who", "Sam")])
        for page in ["/people/\(person)", "/people/\(person)/progress"] {
            let body = try coordinator.get(page).body
            let actions = body.matches(of: /action="([^"]+)"/).map { String($0.1) }
            let links = body.matches(of: /href="(\/[^"#?]*)/).map { String($0.1) }.filter { !$0.hasPrefix("/static/") }
            #expect(actions.count + links.count > 5, "\(page)")
            for action in actions { #expect(Self.matches(test, .post, action), "\(page): form to \(action)") }
            for link in links { #expect(Self.matches(test, .get, link), "\(page): link to \(link)") }
        }
    }

    static func matches(_ test: TestApp, _ method: HTTPMethod, _ path: String) -> Bool {
        let parts = RoutePattern.split(path)
        return test.app.routeTable.entries.contains { entry in
            entry.method == method && RoutePattern(entry.pattern).match(parts).flatMap(entry.bind) != nil
        }
    }
}
