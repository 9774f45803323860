import Foundation
import Testing
@testable import App

/// A control character in the record page's lawful-basis, safeguarding-override and own-account
/// forms, and in a manager's reason for resetting a second factor, comes back beside the box
/// that held it (422) with the typed text kept and nothing stored; one in a choice or a ticked
/// box's value stops the save with a message beside that group.
@Suite struct ControlCharacterRecordRoutesTests {
    @Test func aResetReasonWithOneKeepsTheSecondFactor() throws {
        let test = try TestApp()
        let coordinator = try test.createUser("casey@example.org", roles: [.coordinator])
        let manager = try test.signedIn([.manager])
        try manager.get("/admin/users/\(coordinator)")
        let response = try manager.post("/admin/users/\(coordinator)/reset-second-factor", [("reason", "Lost\u{0} their phone")])
        try ControlCharacterAuthRoutesTests.expectReported(response, field: "reason", kept: "Lost their phone</textarea>")
        #expect(try test.count("SELECT count(*) FROM second_factors WHERE user_id = \(coordinator)") == 1)
        #expect(try test.count("SELECT count(*) FROM admin_events WHERE action = 'reset the second factor'") == 0)
    }

    @Test func thePersonsOwnAccountWithOneInTheEmailIsNotMade() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        let coordinator = try test.signedIn([.coordinator])
        try coordinator.get("/people/\(person)")
        let before = try test.count("SELECT count(*) FROM users")
        let response = try coordinator.post("/people/\(person)/account", [("email", "robin\u{1B}@example.org")])
        try ControlCharacterAuthRoutesTests.expectReported(response, field: "account_email", kept: "value=\"robin@example.org\"")
        #expect(response.contains("<details open>\n    <summary>Give Robin their own account</summary>"), "the folded form opens on its error")
        #expect(try test.count("SELECT count(*) FROM users") == before)
        #expect(try test.count("SELECT count(*) FROM one_time_links") == 0)
    }

    @Test func aLawfulBasisNoteWithOneKeepsTheTypedChoicesAndStoresNothing() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        let coordinator = try test.signedIn([.coordinator])
        try coordinator.get("/people/\(person)")
        let response = try coordinator.post(
            "/people/\(person)/lawful-basis", [("holding", "public-task"), ("sharing", "consent"), ("basis_note", "Data-sharing\u{7} agreement 2026")])
        try ControlCharacterAuthRoutesTests.expectReported(response, field: "basis_note", kept: "Data-sharing agreement 2026</textarea>")
        #expect(response.contains("<details open>\n    <summary>Change the lawful basis</summary>"), "the folded form opens on its error")
        #expect(response.contains("<select id=\"sharing\" name=\"sharing\"><option value=\"public-task\">Public task</option>"), "the typed choice, not the stored one")
        #expect(try test.count("SELECT count(*) FROM lawful_bases WHERE sharing = 'consent' OR note LIKE '%2026%'") == 0)
        #expect(try coordinator.post(
            "/people/\(person)/lawful-basis", [("holding", "public-task"), ("sharing", "consent"), ("basis_note", "Data-sharing agreement 2026")]).status == 303)
        #expect(try test.count("SELECT count(*) FROM lawful_bases WHERE note = 'Data-sharing agreement 2026'") == 1)
    }

    @Test func aLawfulBasisChoiceWithOneStopsTheSaveBesideTheFirstChoice() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        let coordinator = try test.signedIn([.coordinator])
        try coordinator.get("/people/\(person)")
        let response = try coordinator.post(
            "/people/\(person)/lawful-basis", [("holding", "public-task"), ("sharing", "consent\u{0}"), ("basis_note", "")])
        try ControlCharacterAuthRoutesTests.expectReported(response, field: "holding", message: SubmittedForm.controlCharacterOutOfSightMessage)
        #expect(response.contains("<details open>\n    <summary>Change the lawful basis</summary>"))
        #expect(try test.count("SELECT count(*) FROM lawful_bases WHERE sharing = 'consent'") == 0)
    }

    @Test func anOverrideReasonWithOneOpensNothing() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        let coordinator = try test.signedIn([.coordinator])
        try coordinator.get("/people/\(person)")
        let response = try coordinator.post(
            "/people/\(person)/override", [("categories", "safety"), ("reason", "Police report\u{1B} of threats tonight")])
        try ControlCharacterAuthRoutesTests.expectReported(response, field: "override_reason", kept: "Police report of threats tonight</textarea>")
        #expect(try test.count("SELECT count(*) FROM safeguarding_overrides") == 0)
    }

    @Test func anOverrideCategoryWithOneIsReportedBesideTheBoxes() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        let coordinator = try test.signedIn([.coordinator])
        try coordinator.get("/people/\(person)")
        let response = try coordinator.post(
            "/people/\(person)/override", [("categories", "safety\u{0}"), ("reason", "Police report of threats tonight")])
        try ControlCharacterAuthRoutesTests.expectReported(response, field: "override_categories", kept: "Police report of threats tonight", message: SubmittedForm.controlCharacterOutOfSightMessage)
        #expect(try test.count("SELECT count(*) FROM safeguarding_overrides") == 0)
    }
}
