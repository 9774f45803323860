/// Everything the quarterly report is computed from, read by App's stores and handed over
/// whole: Domain does no I/O. Records dated after the quarter's last day may be included;
/// the report ignores them. Records for a person not in `people` are ignored.
public struct ReportInput: Sendable {
    public var quarter: ReportQuarter
    public var people: [ReportPerson]
    /// Trust links that became active (proposed links are left out by the caller).
    public var links: [ReportLink]
    public var ndt: [ReportNDT]
    public var star: [ReportStar]
    public var accommodation: [ReportAccommodation]
    public var serviceUse: [ReportServiceUse]
    public var barriers: [ReportBarrier]
    /// Experience surveys, every one (the report picks each person's latest in the window).
    public var surveys: [ReportSurvey]
    /// Trusted persons with their kind, for `training.*`.
    public var trustedPersons: [ReportTrustedPerson]
    /// Training attended, every course.
    public var training: [ReportTraining]

    public init(
        quarter: ReportQuarter, people: [ReportPerson] = [], links: [ReportLink] = [], ndt: [ReportNDT] = [],
        star: [ReportStar] = [], accommodation: [ReportAccommodation] = [], serviceUse: [ReportServiceUse] = [],
        barriers: [ReportBarrier] = [], surveys: [ReportSurvey] = [], trustedPersons: [ReportTrustedPerson] = [],
        training: [ReportTraining] = []
    ) {
        self.surveys = surveys
        self.trustedPersons = trustedPersons
        self.training = training
        self.quarter = quarter
        self.people = people
        self.links = links
        self.ndt = ndt
        self.star = star
        self.accommodation = accommodation
        self.serviceUse = serviceUse
        self.barriers = barriers
    }
}
