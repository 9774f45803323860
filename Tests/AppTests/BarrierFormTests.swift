import Domain
import HTTP
import Testing
@testable import App

/// The barrier forms decode into typed values or say what is wrong, field by field.
@Suite struct BarrierFormTests {
    static let today = CalendarDate(iso: "2026-03-01")!

    @Test func aGoodBarrierDecodes() {
        var errors = FieldErrors()
        let input = NewBarrierForm.submitted(FormData([
            ("title", " Hostels refuse dogs "), ("category", "threshold"), ("raised_on", "2026-02-01"), ("people_affected", "12"),
        ]))
        let form = NewBarrierForm.decode(input, ticked: ["3"], existing: [3], today: Self.today, into: &errors)
        #expect(errors.isEmpty)
        #expect(form?.barrier.title == "Hostels refuse dogs")
        #expect(form?.barrier.peopleAffected == 12)
        #expect(form?.organisationIDs == [3])
    }

    @Test func everyBadBarrierFieldIsNamed() {
        var errors = FieldErrors()
        let input = NewBarrierForm.submitted(FormData([
            ("title", ""), ("category", "weather"), ("raised_on", "2026-04-01"), ("level", "mayor"),
            ("organisations", String(repeating: "x", count: 1001)), ("description", String(repeating: "x", count: 2001)),
            ("people_affected", "Sam Smith"),
        ]))
        let form = NewBarrierForm.decode(input, ticked: ["3", "abc"], existing: [3], today: Self.today, into: &errors)
        #expect(form == nil)
        #expect(Set(errors.entries.map(\.field)) == [
            "title", "category", "raised_on", "level", "organisations", "description", "people_affected", "organisation_ids",
        ])
    }

    @Test func aChangeDecodesOrNamesItsFields() {
        let raisedOn = CalendarDate(iso: "2026-01-10")!
        var errors = FieldErrors()
        let good = BarrierChangeForm.submitted(FormData([("status", "escalated"), ("on", "2026-02-01"), ("level", "coordinator")]))
        let change = BarrierChangeForm.decode(good, from: .raised, currentLevel: .champion, raisedOn: raisedOn, today: Self.today, into: &errors)
        #expect(change?.change.level == .coordinator)
        var bad = FieldErrors()
        let typed = BarrierChangeForm.submitted(FormData([
            ("status", "escalated"), ("on", "2026-01-01"), ("level", "champion"), ("note", String(repeating: "x", count: 1001)),
            ("what_changed", String(repeating: "x", count: 2001)),
        ]))
        #expect(BarrierChangeForm.decode(typed, from: .raised, currentLevel: .champion, raisedOn: raisedOn, today: Self.today, into: &bad) == nil)
        #expect(Set(bad.entries.map(\.field)) == ["on", "level", "note", "what_changed"])
    }
}
