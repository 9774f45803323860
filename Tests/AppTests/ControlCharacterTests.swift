import Foundation
import Testing
@testable import App

/// A NUL or other C0 control character (except TAB, CR, LF) in the query, in a field's name, in
/// a multipart text field, or in a form value sent to a route that does not report control
/// characters beside its fields (`Route.reportsControlCharactersInForm`), is refused with a 400
/// before any handler runs, so nothing is stored. (Routes that report them: ControlCharacterFormTests.)
@Suite struct ControlCharacterTests {
    @Test(arguments: ["yes\u{0}", "yes\u{7}", "yes\u{1B}"])
    func aFormThatDoesNotReportThemItselfIsRefusedWhole(_ value: String) throws {
        let test = try TestApp()
        let sam = try test.createUser("sam@example.org", roles: [.trustedPerson])
        let manager = try test.signedIn([.manager])
        try manager.get("/admin/users/\(sam)")
        let response = try manager.post("/admin/users/\(sam)/reset-password", [("confirm", value)])
        #expect(response.status == 400)
        #expect(response.contains("invisible control character"))
        #expect(response.headers["Content-Security-Policy"] != nil)
        #expect(try test.count("SELECT count(*) FROM one_time_links WHERE purpose = 'reset'") == 0)
    }

    @Test func aSubjectAccessReasonWithAControlCharacterComesBackBesideTheFieldAndLogsNothing() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        let manager = try test.signedIn([.manager])
        try manager.get("/admin/subject-access")
        let response = try manager.post("/admin/subject-access", [("reference", String(person)), ("reason", "Asked\u{0} by post"), ("format", "html")])
        #expect(response.status == 422)
        #expect(response.contains("id=\"reason-error\""))
        #expect(try test.countLog("SELECT count(*) FROM access_log WHERE action = 'subject-access-export'") == 0)
    }

    @Test func aStatusNoteWithAControlCharacterComesBackBesideTheField() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        let coordinator = try test.signedIn([.coordinator])
        try coordinator.get("/people/\(person)")
        let before = try test.count("SELECT count(*) FROM individual_status_events")
        let response = try coordinator.post(
            "/people/\(person)/status", [("to_status", "closed"), ("on", "2026-02-01"), ("closure_reason", "moved-out-of-area"), ("note", "Moved\u{0} on"), ("confirm", "yes")])
        #expect(response.status == 422)
        #expect(response.contains("id=\"note-error\""))
        #expect(response.contains("<details id=\"change-status\" open>"), "the folded status form opens on its error")
        #expect(response.contains("Moved on"))
        #expect(!response.body.contains("\u{0}"))
        #expect(try test.count("SELECT count(*) FROM individual_status_events") == before)
    }

    @Test func aFieldNameWithANulIsRefusedToo() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        let coordinator = try test.signedIn([.coordinator])
        try coordinator.get("/people/\(person)/story/new")
        let response = try coordinator.post(
            "/people/\(person)/story", [("category", "story"), ("told_on", "2026-02-01"), ("body", "Fine"), ("x\u{0}", "")])
        #expect(response.status == 400)
        #expect(try test.count("SELECT count(*) FROM story_entries") == 0)
    }

    @Test func tabsAndLineBreaksAreKept() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        let coordinator = try test.signedIn([.coordinator])
        try coordinator.get("/people/\(person)/story/new")
        let response = try coordinator.post(
            "/people/\(person)/story", [("category", "story"), ("told_on", "2026-02-01"), ("body", "Line one\r\nLine\ttwo")])
        #expect(response.status == 303)
        #expect(try test.count("SELECT count(*) FROM story_entries") == 1)
    }

    @Test func aQueryWithANulIsRefused() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        #expect(try coordinator.get("/caseload?q=Robin").status == 200)
        let response = try coordinator.get("/caseload?q=Rob%00in")
        #expect(response.status == 400)
        #expect(response.contains("invisible control character"))
    }

    @Test func aMultipartTextFieldWithANulIsRefused() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        try coordinator.get("/imports")
        let response = try coordinator.postFile(
            "/imports", fields: [("kind", "peo\u{0}ple")], fileField: "file", fileName: "people.csv", contents: "a,b\n")
        #expect(response.status == 400)
        #expect(try test.count("SELECT count(*) FROM pending_imports") == 0)
    }
}
