import Domain
import HTTP
import Testing
@testable import App

/// The consent, lawful basis and override forms decode into typed values or say what is wrong, field by field.
@Suite struct ConsentFormsTests {
    static let today = CalendarDate(iso: "2026-03-01")!

    static func submitted(_ pairs: [(String, String)], _ fields: [String]) -> SubmittedForm {
        SubmittedForm(FormData(pairs), fields: fields)
    }

    @Test func aGoodConsentDecodesWithTheDefaultReview() {
        var errors = FieldErrors()
        let input = Self.submitted(
            [("recipient", "trusted-person:7"), ("purpose", "  Help with the flat  "), ("how_given", "verbal"), ("given_on", "2026-02-01")],
            ConsentForm.fields)
        let consent = ConsentForm.decode(input, ticked: ["notes", "nonsense"], today: Self.today, unsafeReason: nil, into: &errors)
        #expect(errors.isEmpty)
        #expect(consent?.recipient == .trustedPerson(7))
        #expect(consent?.categories == [.notes])
        #expect(consent?.purpose == "Help with the flat")
        #expect(consent?.reviewBy == ConsentPolicy.defaultReviewDate(givenOn: CalendarDate(iso: "2026-02-01")!))
    }

    @Test func everyBadConsentFieldIsNamed() {
        var errors = FieldErrors()
        let input = Self.submitted(
            [("recipient", "nobody"), ("purpose", ""), ("how_given", "self-service"), ("given_on", "2026-04-01"), ("review_by", "soon")],
            ConsentForm.fields)
        #expect(ConsentForm.decode(input, ticked: [], today: Self.today, unsafeReason: nil, into: &errors) == nil)
        #expect(Set(errors.entries.map(\.field)) == ["recipient", "categories", "purpose", "how_given", "given_on", "review_by"])
    }

    @Test func someoneUnsafeCannotReceiveAndTheReviewComesAfter() {
        var errors = FieldErrors()
        let input = Self.submitted(
            [("recipient", "trusted-person:7"), ("purpose", "Flat"), ("how_given", "written"), ("given_on", "2026-02-01"), ("review_by", "2026-01-01")],
            ConsentForm.fields)
        #expect(ConsentForm.decode(input, ticked: ["notes"], today: Self.today, unsafeReason: "threatened her", into: &errors) == nil)
        #expect(errors["recipient"]?.contains("threatened her") == true)
        #expect(errors["review_by"] != nil)
    }

    @Test func theLawfulBasisNeedsBothAndCutsTheNote() {
        let good = Self.submitted(
            [("holding", "public-task"), ("sharing", "consent"), ("basis_note", String(repeating: "a", count: 1200))], LawfulBasisForm.fields)
        #expect(LawfulBasisForm.decode(good)?.note.count == 1000)
        #expect(LawfulBasisForm.decode(good)?.sharing == .consent)
        #expect(LawfulBasisForm.decode(Self.submitted([("holding", "public-task")], LawfulBasisForm.fields)) == nil)
    }

    @Test func anOverrideNeedsCategoriesAndAReason() {
        var errors = FieldErrors()
        #expect(SafeguardingOverrideForm.decode(Self.submitted([("reason", "risk")], SafeguardingOverrideForm.fields), ticked: [], into: &errors) == nil)
        #expect(Set(errors.entries.map(\.field)) == ["override_categories", "override_reason"])
        var fine = FieldErrors()
        let input = Self.submitted([("reason", "  Her brother threatened her tonight  ")], SafeguardingOverrideForm.fields)
        let override = SafeguardingOverrideForm.decode(input, ticked: ["health"], into: &fine)
        #expect(override?.reason == "Her brother threatened her tonight")
        #expect(override?.categories == [.health])
    }
}
