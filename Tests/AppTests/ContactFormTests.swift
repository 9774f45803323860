import Domain
import HTTP
import Testing
@testable import App

/// The contact and meeting forms decode into typed values or say what is wrong, field by field.
@Suite struct ContactFormTests {
    static let today = CalendarDate(iso: "2026-03-01")!

    static func submitted(_ pairs: [(String, String)], _ fields: [String]) -> SubmittedForm {
        SubmittedForm(FormData(pairs), fields: fields)
    }

    @Test func aGoodContactDecodes() {
        var errors = FieldErrors()
        let input = Self.submitted(
            [("contact_on", "2026-02-01"), ("kind", "phone"), ("category", "notes"), ("note", "  Called about the flat  "), ("trusted_person_id", "7")],
            ContactForm.fields)
        let contact = ContactForm.decode(input, today: Self.today, referredOn: nil, readable: [.notes], circle: [7], into: &errors)
        #expect(errors.isEmpty)
        #expect(contact?.note == "Called about the flat")
        #expect(contact?.trustedPersonID == 7)
    }

    @Test func everyBadFieldIsNamed() {
        var errors = FieldErrors()
        let input = Self.submitted(
            [("contact_on", "2026-01-01"), ("kind", "telepathy"), ("category", "health"), ("note", ""), ("trusted_person_id", "8")],
            ContactForm.fields)
        let contact = ContactForm.decode(
            input, today: Self.today, referredOn: CalendarDate(iso: "2026-01-05"), readable: [.notes], circle: [7], into: &errors)
        #expect(contact == nil)
        #expect(Set(errors.entries.map(\.field)) == ["contact_on", "kind", "category", "note", "trusted_person_id"])
    }

    @Test func aMeetingNeedsAnOrganisation() {
        var errors = FieldErrors()
        let input = Self.submitted([("held_on", "2026-02-01"), ("other_organisations", " , ")], MeetingForm.fields)
        #expect(MeetingForm.decode(input, ticked: [], known: [(1, "Riverside")], today: Self.today, into: &errors) == nil)
        #expect(errors["organisations"] != nil)
        var fine = FieldErrors()
        let meeting = MeetingForm.decode(input, ticked: ["1"], known: [(1, "Riverside")], today: Self.today, into: &fine)
        #expect(meeting?.organisationsPresent == ["Riverside"])
    }
}
