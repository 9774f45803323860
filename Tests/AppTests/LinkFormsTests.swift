import Domain
import HTTP
import Testing
@testable import App

/// The add-link and unsafe forms decode into typed values or say what is wrong, field by field.
@Suite struct LinkFormsTests {
    static let today = CalendarDate(iso: "2026-03-01")!

    @Test func aGoodLinkToSomeoneNewDecodes() {
        var errors = FieldErrors()
        let input = LinkForm.submitted(FormData([
            ("new_name", "  Dana Fictional  "), ("new_kind", "person"), ("new_paid", "paid"), ("role", "backup"), ("status", "proposed"),
            ("started_on", "2026-02-01"), ("confirmed", "on"), ("introduced_by", "4"),
            ("discussion_on", "2026-01-20"), ("discussion_people", "Her sister"), ("view_heard", "on"), ("persons_view", "She trusts Dana"),
        ]))
        let link = LinkForm.decode(input, today: Self.today, into: &errors)
        #expect(errors.isEmpty)
        #expect(link?.person.newName == "Dana Fictional")
        #expect(link?.role == .backup)
        #expect(link?.status == .proposed)
        #expect(link?.confirmed == true)
        #expect(link?.introducedBy == 4)
        #expect(link?.discussion?.personsView == "She trusts Dana")
    }

    @Test func everyBadLinkFieldIsNamed() {
        var errors = FieldErrors()
        let input = LinkForm.submitted(FormData([
            ("role", "boss"), ("status", "ended"), ("started_on", "2026-13-01"), ("how_it_came_about", String(repeating: "a", count: 2001)),
            ("individuals_words", String(repeating: "b", count: 2001)), ("different_person", "on"), ("persons_view", "Something"),
        ]))
        #expect(LinkForm.decode(input, today: Self.today, into: &errors) == nil)
        #expect(Set(errors.entries.map(\.field)) == [
            "role", "status", "started_on", "trusted_person_id", "how_it_came_about", "individuals_words", "different_person_note",
            "discussion_on", "discussion_organisations", "view_heard",
        ])
    }

    @Test func anUnsafeMarkingNamesSomeoneAndWhy() {
        var errors = FieldErrors()
        let input = UnsafeMarkingForm.submitted(FormData([("trusted_person_id", "9"), ("reason", "  Took her money  ")]))
        let marking = UnsafeMarkingForm.decode(input, into: &errors)
        #expect(errors.isEmpty)
        #expect(marking?.reason == "Took her money")
        if case .existing(let id)? = marking?.person { #expect(id == 9) } else { Issue.record("expected someone from the register") }
        #expect(UnsafeMarkingForm.shown(input)["new_kind"] == "person")
        #expect(UnsafeMarkingForm.shown(input)["new_paid"] == "paid")
    }

    @Test func everyBadUnsafeFieldIsNamed() {
        var errors = FieldErrors()
        let input = UnsafeMarkingForm.submitted(FormData([("new_name", "   "), ("reason", "")]))
        #expect(UnsafeMarkingForm.decode(input, into: &errors) == nil)
        #expect(Set(errors.entries.map(\.field)) == ["trusted_person_id", "reason"])
    }
}
