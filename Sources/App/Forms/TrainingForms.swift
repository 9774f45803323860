import Domain
import HTTP

/// A training session a coordinator records, decoded from the new-session form.
struct TrainingSessionForm: DecodedForm {
    static let fields = ["course", "held_on", "provider", "places"]
    /// How far ahead a session may be planned.
    static let yearsAhead = 2

    let course: TrainingCourse
    let heldOn: CalendarDate
    let provider: String?
    let places: Int?

    /// Decodes the form: a course, the day (past or planned, at most two years ahead), an
    /// optional provider and an optional number of places.
    static func decode(_ input: SubmittedForm, today: CalendarDate, into errors: inout FieldErrors) -> TrainingSessionForm? {
        let course = TrainingCourse(rawValue: input["course"])
        if course == nil { errors.add("course", "Choose the course.") }
        let latest = today.adding(months: 12 * yearsAhead)
        var heldOn: CalendarDate?
        if input["held_on"].isEmpty {
            errors.add("held_on", "Enter the date.")
        } else if let day = CalendarDate(typed: input["held_on"]) {
            if day > latest { errors.add("held_on", "Plan sessions at most \(yearsAhead) years ahead.") } else { heldOn = day }
        } else {
            errors.add("held_on", DateRules.formatMessage)
        }
        if input["provider"].count > TrainingAttendance.maximumProviderLength {
            errors.add("provider", "Use \(TrainingAttendance.maximumProviderLength) characters or fewer.")
        }
        var places: Int?
        if !input["places"].isEmpty {
            places = Int(input["places"]).flatMap { TrainingAttendance.placesRange.contains($0) ? $0 : nil }
            if places == nil {
                errors.add("places", "Enter the number of places, from 1 to \(TrainingAttendance.placesRange.upperBound), or leave it empty.")
            }
        }
        guard errors.isEmpty, let course, let heldOn else { return nil }
        return TrainingSessionForm(course: course, heldOn: heldOn, provider: input["provider"].isEmpty ? nil : input["provider"], places: places)
    }
}

/// A training need flagged for a trusted person, decoded from the need form.
struct TrainingNeedForm: DecodedForm {
    static let fields = ["trusted_person", "course", "note"]

    let trustedPersonID: Int64
    let course: TrainingCourse
    let note: String

    /// Decodes the form: a trusted person from `allowed` (those the user may flag for), a
    /// course, and an optional note.
    static func decode(_ input: SubmittedForm, allowed: Set<Int64>, into errors: inout FieldErrors) -> TrainingNeedForm? {
        let trustedPersonID = Int64(input["trusted_person"]).flatMap { allowed.contains($0) ? $0 : nil }
        if trustedPersonID == nil { errors.add("trusted_person", "Choose the trusted person the training is for.") }
        let course = TrainingCourse(rawValue: input["course"])
        if course == nil { errors.add("course", "Choose the course.") }
        TrainingNeedRules.checkNote(input["note"], field: "note", into: &errors)
        guard errors.isEmpty, let trustedPersonID, let course else { return nil }
        return TrainingNeedForm(trustedPersonID: trustedPersonID, course: course, note: input["note"])
    }
}

/// Who attended a session, decoded from the attendance form: ticked trusted persons
/// (`attendee`, repeated) and one more chosen from the list (`other`).
struct TrainingAttendanceForm {
    let trustedPersonIDs: [Int64]

    /// The ticked ids and the chosen one, as typed.
    static func submitted(_ form: FormData) -> [String] {
        (form.values("attendee") + [form["other"] ?? ""]).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// Decodes the choices: each one of `allowed` (active trusted persons), at least one, and
    /// no more in all than the session's `placesLeft` when it has a number of places.
    static func decode(_ chosen: [String], allowed: Set<Int64>, placesLeft: Int?, into errors: inout FieldErrors) -> TrainingAttendanceForm? {
        var ids: [Int64] = []
        for text in chosen {
            guard let id = Int64(text), allowed.contains(id) else {
                errors.add("attendee", "Choose trusted persons from the list.")
                return nil
            }
            if !ids.contains(id) { ids.append(id) }
        }
        if ids.isEmpty { errors.add("attendee", "Tick or choose at least one trusted person who attended.") }
        if let placesLeft, ids.count > placesLeft {
            errors.add("attendee", "The session has \(placesLeft) place\(placesLeft == 1 ? "" : "s") left: choose no more than that.")
        }
        guard errors.isEmpty else { return nil }
        return TrainingAttendanceForm(trustedPersonIDs: ids)
    }
}
