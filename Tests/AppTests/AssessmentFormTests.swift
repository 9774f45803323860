import Domain
import HTTP
import Testing
@testable import App

/// The assessment and quarter forms decode into typed values or say what is wrong, field by field.
@Suite struct AssessmentFormTests {
    static let today = CalendarDate(iso: "2026-03-01")!

    static func starPairs(_ score: String) -> [(String, String)] { StarArea.allCases.map { ($0.rawValue, score) } }

    @Test func aGoodStarReadingDecodes() {
        var errors = FieldErrors()
        let input = AssessmentForm.submitted(
            FormData(Self.starPairs("6") + [("assessed_on", "2026-02-01"), ("took_part", "  Sam and Ali "), ("note", "Went well")]), .star)
        let form = AssessmentForm.decode(input, tool: .star, today: Self.today, referredOn: nil, correcting: false, into: &errors)
        #expect(errors.isEmpty)
        guard case .star(let reading, let tookPart, let note)? = form?.reading else {
            Issue.record("expected a Star reading")
            return
        }
        #expect(reading.score(.money) == 6)
        #expect(tookPart == "Sam and Ali")
        #expect(note == "Went well")
    }

    @Test func everyBadStarFieldIsNamed() {
        var errors = FieldErrors()
        var pairs = Self.starPairs("6")
        pairs[0] = (StarArea.motivation.rawValue, "11")
        let input = AssessmentForm.submitted(
            FormData(pairs + [("assessed_on", "2026-04-01"), ("took_part", String(repeating: "x", count: 501)),
                              ("note", String(repeating: "x", count: 2001)), ("change_reason", "   ")]), .star)
        let form = AssessmentForm.decode(input, tool: .star, today: Self.today, referredOn: nil, correcting: true, into: &errors)
        #expect(form == nil)
        #expect(Set(errors.entries.map(\.field)) == ["assessed_on", "motivation", "took_part", "note", "change_reason"])
    }

    @Test func anNDTWithoutRatingsNamesEachItem() {
        var errors = FieldErrors()
        let input = AssessmentForm.submitted(FormData([("assessed_on", "2026-02-01")]), .ndt)
        #expect(AssessmentForm.decode(input, tool: .ndt, today: Self.today, referredOn: nil, correcting: false, into: &errors) == nil)
        #expect(Set(errors.entries.map(\.field)) == Set(NDTItem.allCases.map(\.rawValue)))
    }

    @Test func aQuarterRecordDecodesOrNamesItsFields() {
        let support = SupportQuarter(openedOn: CalendarDate(iso: "2025-06-01")!)
        var errors = FieldErrors()
        let good = QuarterRecordForm.submitted(
            FormData(ServiceUseKind.allCases.map { ($0.rawValue, "1") } + [("support_quarter", "1")]), .serviceUse)
        guard case .serviceUse? = QuarterRecordForm.decode(good, kind: .serviceUse, support: support, today: Self.today, into: &errors) else {
            Issue.record("expected a service-use record: \(errors.entries)")
            return
        }
        var bad = FieldErrors()
        let typed = QuarterRecordForm.submitted(FormData([("support_quarter", "x"), ("arrests", "-1")]), .serviceUse)
        #expect(QuarterRecordForm.decode(typed, kind: .serviceUse, support: support, today: Self.today, into: &bad) == nil)
        #expect(Set(bad.entries.map(\.field)) == Set(ServiceUseKind.allCases.map(\.rawValue) + ["support_quarter"]))
        #expect(typed["arrests"] == "-1")
    }
}
