import Domain
import HTTP
import Testing
@testable import App

/// The survey forms decode into typed values or say what is wrong, question by question.
@Suite struct MyFormTests {
    static let today = CalendarDate(iso: "2026-03-01")!

    @Test func aStaffSurveyDecodesWithItsDate() {
        var errors = FieldErrors()
        let input = StaffSurveyForm.submitted(FormData([("answered_on", " 2026-02-01 "), ("turned_away", "no"), ("voice_heard", "4")]))
        let answered = StaffSurveyForm.decode(input, today: Self.today, into: &errors)
        #expect(errors.isEmpty)
        #expect(answered?.survey.answeredOn == CalendarDate(iso: "2026-02-01"))
        #expect(answered?.survey.turnedAway == false)
        #expect(answered?.survey.voiceHeard == 4)
    }

    @Test func everyBadSurveyFieldIsNamed() {
        var errors = FieldErrors()
        let input = StaffSurveyForm.submitted(FormData([("answered_on", "2026-04-01"), ("turned_away", "maybe"), ("voice_heard", "9")]))
        #expect(StaffSurveyForm.decode(input, today: Self.today, into: &errors) == nil)
        #expect(Set(errors.entries.map(\.field)) == ["answered_on", "turned_away", "voice_heard"])
        var mine = FieldErrors()
        #expect(MySurveyForm.decode(["in_control": "6"], today: Self.today, into: &mine) == nil)
        #expect(mine["in_control"] != nil)
        var fine = FieldErrors()
        #expect(MySurveyForm.decode(["in_control": "5"], today: Self.today, into: &fine)?.survey.inControl == 5)
    }
}
