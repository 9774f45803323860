import Domain
import HTTP
import Testing
@testable import App

/// The training forms decode their fields or say why beside each one.
@Suite struct TrainingFormsTests {
    static let today = CalendarDate(iso: "2026-11-18")!

    static func input(_ pairs: [(String, String)], fields: [String]) -> SubmittedForm {
        SubmittedForm(FormData(pairs), fields: fields)
    }

    @Test func aSessionDecodesWithOptionalProviderAndPlaces() {
        var errors = FieldErrors()
        let session = TrainingSessionForm.decode(
            Self.input([("course", "other"), ("held_on", "2027-01-10"), ("provider", " Mind "), ("places", "")], fields: TrainingSessionForm.fields),
            today: Self.today, into: &errors)
        #expect(errors.isEmpty)
        #expect(session?.course == .other && session?.heldOn.iso == "2027-01-10" && session?.provider == "Mind" && session?.places == nil)
    }

    @Test(arguments: [
        ("held_on", "", "Enter the date."), ("held_on", "2028-11-19", "Plan sessions at most 2 years ahead."),
        ("places", "1001", "Enter the number of places, from 1 to 1000, or leave it empty."), ("course", "cooking", "Choose the course."),
    ])
    func aBadSessionFieldIsNamed(field: String, value: String, message: String) {
        var pairs = ["course": "other", "held_on": "2026-11-01", "places": "5"]
        pairs[field] = value
        var errors = FieldErrors()
        #expect(TrainingSessionForm.decode(Self.input(pairs.map { ($0.key, $0.value) }, fields: TrainingSessionForm.fields), today: Self.today, into: &errors) == nil)
        #expect(errors[field] == message)
    }

    @Test func aNeedIsOnlyForSomeoneTheUserMayFlagFor() {
        var errors = FieldErrors()
        let fields = TrainingNeedForm.fields
        #expect(TrainingNeedForm.decode(Self.input([("trusted_person", "7"), ("course", "other")], fields: fields), allowed: [3], into: &errors) == nil)
        #expect(errors["trusted_person"] == "Choose the trusted person the training is for.")
        errors = FieldErrors()
        let need = TrainingNeedForm.decode(Self.input([("trusted_person", "3"), ("course", "other"), ("note", "Soon")], fields: fields), allowed: [3], into: &errors)
        #expect(need?.trustedPersonID == 3 && need?.note == "Soon")
        errors = FieldErrors()
        _ = TrainingNeedForm.decode(
            Self.input([("trusted_person", "3"), ("course", "other"), ("note", String(repeating: "x", count: 1_001))], fields: fields), allowed: [3], into: &errors)
        #expect(errors["note"] == "Use 1000 characters or fewer.")
    }

    @Test func attendanceTakesKnownPeopleWithinThePlacesLeft() {
        var errors = FieldErrors()
        #expect(TrainingAttendanceForm.decode(["3", "4", "3"], allowed: [3, 4], placesLeft: 2, into: &errors)?.trustedPersonIDs == [3, 4])
        #expect(TrainingAttendanceForm.decode(["3", "4"], allowed: [3, 4], placesLeft: 1, into: &errors) == nil)
        #expect(errors["attendee"] == "The session has 1 place left: choose no more than that.")
        errors = FieldErrors()
        #expect(TrainingAttendanceForm.decode(["9"], allowed: [3], placesLeft: nil, into: &errors) == nil)
        #expect(errors["attendee"] == "Choose trusted persons from the list.")
        errors = FieldErrors()
        #expect(TrainingAttendanceForm.decode([], allowed: [3], placesLeft: nil, into: &errors) == nil)
        #expect(errors["attendee"] == "Tick or choose at least one trusted person who attended.")
    }
}
