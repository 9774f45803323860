import Domain
import HTTP
import Testing
@testable import App

/// The trusted person, leaving, absence and return forms decode into typed values or say
/// what is wrong, field by field.
@Suite struct TrustedPersonFormsTests {
    static let today = CalendarDate(iso: "2026-03-01")!

    @Test func aGoodTrustedPersonDecodes() {
        var errors = FieldErrors()
        let input = TrustedPersonForm.submitted(FormData([
            ("name", "  Cal Wren  "), ("kind", "person"), ("paid", "volunteer"), ("organisation_id", "2"), ("user_id", "5"),
        ]))
        let person = TrustedPersonForm.decode(
            input, organisationExists: { $0 == 2 }, accountProblem: { _ in nil }, into: &errors)
        #expect(errors.isEmpty)
        #expect(person?.name == "Cal Wren")
        #expect(person?.paid == .volunteer)
        #expect(person?.userID == 5)
    }

    @Test func everyBadTrustedPersonFieldIsNamed() {
        var errors = FieldErrors()
        let input = TrustedPersonForm.submitted(FormData([
            ("name", ""), ("kind", "robot"), ("paid", "maybe"), ("organisation_id", "x"), ("user_id", "6"),
        ]))
        let person = TrustedPersonForm.decode(
            input, organisationExists: { _ in true }, accountProblem: { _ in "That account already belongs to Dee Finch." },
            into: &errors)
        #expect(person == nil)
        #expect(Set(errors.entries.map(\.field)) == ["name", "kind", "paid", "organisation_id", "user_id"])
        #expect(errors["user_id"] == "That account already belongs to Dee Finch.")
    }

    @Test func leavingTakesOnlyAReasonForGood() throws {
        let leaving = try LeavingForm.decode(
            LeavingForm.submitted(FormData([("reason", "left-role"), ("note", " Moved away ")])), allowed: [.leftRole, .other])
        #expect(leaving.reason == .leftRole)
        #expect(leaving.note == "Moved away")
        #expect(throws: AppError.self) {
            try LeavingForm.decode(LeavingForm.submitted(FormData([("reason", "sickness")])), allowed: [.leftRole, .other])
        }
    }

    @Test func aGoodAbsenceDecodes() {
        var errors = FieldErrors()
        let input = AbsenceForm.submitted(FormData([("kind", "leave"), ("from", " 2026-02-20 "), ("expected_return", "2026-03-10")]))
        let absence = AbsenceForm.decode(input, today: Self.today, hasLeftRole: false, alreadyAbsent: false, into: &errors)
        #expect(errors.isEmpty)
        #expect(absence?.kind == .leave)
        #expect(absence?.from == CalendarDate(iso: "2026-02-20"))
    }

    @Test func everyBadAbsenceFieldIsNamed() {
        var errors = FieldErrors()
        let input = AbsenceForm.submitted(FormData([("kind", "holiday"), ("from", "yesterday"), ("expected_return", "")]))
        #expect(AbsenceForm.decode(input, today: Self.today, hasLeftRole: false, alreadyAbsent: false, into: &errors) == nil)
        #expect(Set(errors.entries.map(\.field)) == ["kind", "from", "expected_return"])
        var refused = FieldErrors()
        let fine = AbsenceForm.submitted(FormData([("kind", "sickness"), ("from", "2026-02-20"), ("expected_return", "2026-03-10")]))
        #expect(AbsenceForm.decode(fine, today: Self.today, hasLeftRole: true, alreadyAbsent: true, into: &refused) == nil)
        #expect(refused["kind"] == "They have left their role: that is a handover, not an absence.")
    }

    @Test func aReturnIsCheckedAgainstTheAbsence() {
        let absence = Absence(
            id: 1, trustedPersonID: 2, kind: .sickness, from: CalendarDate(iso: "2026-02-10")!,
            expectedReturn: CalendarDate(iso: "2026-02-28")!, returnedOn: nil)
        var errors = FieldErrors()
        let good = ReturnForm.submitted(FormData([("returned_on", "2026-02-27"), ("end_cover", "1")]))
        let returned = ReturnForm.decode(good, absence: absence, today: Self.today, into: &errors)
        #expect(returned?.endCover == true)
        var early = FieldErrors()
        let bad = ReturnForm.submitted(FormData([("returned_on", "2026-02-01")]))
        #expect(ReturnForm.decode(bad, absence: absence, today: Self.today, into: &early) == nil)
        #expect(Set(early.entries.map(\.field)) == ["returned_on"])
    }
}
