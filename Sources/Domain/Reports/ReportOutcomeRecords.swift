/// One experience survey as the report sees it: whose, when, and the answers (nil = left empty).
public struct ReportSurvey: Sendable, Equatable {
    public var personID: Int64
    public var survey: ExperienceSurvey

    public init(personID: Int64, survey: ExperienceSurvey) {
        self.personID = personID
        self.survey = survey
    }
}

/// A trusted person's id and kind (a person or a service), for `training.*`, and their
/// organisation where the coverage is wanted by organisation.
public struct ReportTrustedPerson: Sendable, Equatable {
    public var id: Int64
    public var kind: TrustedPersonKind
    public var organisationID: Int64?

    public init(id: Int64, kind: TrustedPersonKind, organisationID: Int64? = nil) {
        self.id = id
        self.kind = kind
        self.organisationID = organisationID
    }
}

/// A trusted person attended a course on a day.
public struct ReportTraining: Sendable, Equatable {
    public var trustedPersonID: Int64
    public var course: TrainingCourse
    public var attendedOn: CalendarDate

    public init(trustedPersonID: Int64, course: TrainingCourse, attendedOn: CalendarDate) {
        self.trustedPersonID = trustedPersonID
        self.course = course
        self.attendedOn = attendedOn
    }
}
