/// The courses a trusted person's training is recorded against (REPORTS.md, the `training`
/// file's `course`); the same slugs are the rows of the `training_courses` table.
public enum TrainingCourse: String, CaseIterable, Sendable {
    case traumaInformedPractice = "trauma-informed-practice"
    case trustedPersonApproach = "trusted-person-approach"
    case other

    /// The course's name as pages show it.
    public var title: String {
        switch self {
        case .traumaInformedPractice: "Trauma-informed practice"
        case .trustedPersonApproach: "The Trusted Person approach"
        case .other: "Other training"
        }
    }
}

/// A trusted person's attendance at a training session, as a coordinator records it.
public struct TrainingAttendance: Sendable, Equatable {
    /// The longest provider name accepted.
    public static let maximumProviderLength = 200
    /// The most places a session is recorded with.
    public static let placesRange = 1...1000

    public var course: TrainingCourse
    public var attendedOn: CalendarDate
    /// Who ran the session, when known.
    public var provider: String?
    /// How many places the session had, when known.
    public var places: Int?

    public init(course: TrainingCourse, attendedOn: CalendarDate, provider: String? = nil, places: Int? = nil) {
        self.course = course
        self.attendedOn = attendedOn
        self.provider = provider
        self.places = places
    }

    /// Reads the form's `course`, `attended_on` (not in the future), optional `provider` and
    /// optional `places`; nil with a message beside each bad field.
    public static func read(_ field: (String) -> String?, today: CalendarDate) -> (TrainingAttendance?, FieldErrors) {
        var errors = FieldErrors()
        func text(_ name: String) -> String { (field(name) ?? "").trimmingWhitespace() }
        let course = TrainingCourse(rawValue: text("course"))
        if course == nil { errors.add("course", "Choose the course attended.") }
        let attendedOn = DateRules.required(text("attended_on"), field: "attended_on", today: today, into: &errors)
        let provider = text("provider")
        if provider.count > maximumProviderLength {
            errors.add("provider", "Use \(maximumProviderLength) characters or fewer.")
        }
        var places: Int?
        if !text("places").isEmpty {
            places = FormNumbers.read(
                field, "places", in: placesRange,
                message: "Enter the number of places, from 1 to \(placesRange.upperBound), or leave it empty.", into: &errors)
        }
        guard errors.isEmpty, let course, let attendedOn else { return (nil, errors) }
        return (TrainingAttendance(course: course, attendedOn: attendedOn, provider: provider.isEmpty ? nil : provider, places: places), errors)
    }
}
