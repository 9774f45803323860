import Domain
import HTTP
import Testing
@testable import App

/// The status change and eligibility exception forms decode into typed values or say what is wrong.
@Suite struct CaseFormsTests {
    static let today = CalendarDate(iso: "2026-03-01")!

    static func change(_ pairs: [(String, String)], current: CaseStatus, refusal: String? = nil, into errors: inout FieldErrors) -> StatusChangeForm? {
        StatusChangeForm.decode(
            StatusChangeForm.submitted(FormData(pairs)), current: current, refusalToOpen: refusal,
            referredOn: CalendarDate(iso: "2026-01-10"), openedOn: CalendarDate(iso: "2026-01-20"), today: today, into: &errors)
    }

    @Test func aGoodClosureDecodes() {
        var errors = FieldErrors()
        let change = Self.change(
            [("to_status", "closed"), ("on", " 2026-02-01 "), ("closure_reason", "prison"), ("note", "  Sentenced  ")], current: .open, into: &errors)
        #expect(errors.isEmpty)
        #expect(change?.target == .closed)
        #expect(change?.closureReason == .prison)
        #expect(change?.note == "Sentenced")
        var opening = FieldErrors()
        let reopened = Self.change([("to_status", "open"), ("on", "2026-02-01"), ("closure_reason", "prison")], current: .closed, into: &opening)
        #expect(reopened?.closureReason == nil)
    }

    @Test func everyBadStatusFieldIsNamed() {
        var errors = FieldErrors()
        let change = Self.change(
            [("to_status", "closed"), ("on", "2026-01-15"), ("closure_reason", "bored"), ("note", String(repeating: "n", count: 1001))],
            current: .open, into: &errors)
        #expect(change == nil)
        #expect(Set(errors.entries.map(\.field)) == ["on", "closure_reason", "note"])
        var refused = FieldErrors()
        _ = Self.change([("to_status", "open"), ("on", "2026-01-01")], current: .referred, refusal: "Not eligible yet.", into: &refused)
        #expect(refused["to_status"] == "Not eligible yet.")
        #expect(refused["on"] == "The date cannot be before the referral (\(CalendarDate(iso: "2026-01-10")!.display)).")
        var wrong = FieldErrors()
        _ = Self.change([("to_status", "referred"), ("on", "2026-02-01")], current: .open, into: &wrong)
        #expect(wrong["to_status"] != nil)
    }

    @Test func theEligibilityReasonIsOptionalButShort() {
        var errors = FieldErrors()
        let submitted = { (text: String) in EligibilityExceptionForm.submitted(FormData([("exception_reason", text)])) }
        #expect(EligibilityExceptionForm.decode(submitted("  Agreed with the panel  "), into: &errors)?.reason == "Agreed with the panel")
        #expect(EligibilityExceptionForm.decode(submitted("   "), into: &errors)?.reason == nil)
        #expect(errors.isEmpty)
        #expect(EligibilityExceptionForm.decode(submitted(String(repeating: "r", count: 501)), into: &errors) == nil)
        #expect(errors["exception_reason"] != nil)
    }
}
