/// What identifies a row of an import file, so a second import of the same file updates the
/// rows the first one made instead of adding more (REPORTS.md, the "key" column).
public enum ImportKey: Sendable, Hashable, CustomStringConvertible {
    /// `people` and `barriers`: the `ref`.
    case ref(String)
    /// `trusted-people`: the `key`.
    case trustedKey(String)
    /// `trust-links`: the person, the trusted person and the day the link started.
    case trustLink(personRef: String, trustedKey: String, startedOn: CalendarDate)
    /// `star` and `ndt`: the person and the day assessed.
    case assessment(personRef: String, assessedOn: CalendarDate)
    /// `accommodation` and `service-use`: the person and the support quarter.
    case quarter(personRef: String, supportQuarter: Int)
    /// `survey`: the person and the day they answered.
    case survey(personRef: String, answeredOn: CalendarDate)
    /// `training`: the trusted person, the course and the day attended.
    case training(trustedKey: String, course: TrainingCourse, attendedOn: CalendarDate)

    /// The key's values joined by commas, in the key columns' order ("CF-0042, 2024-03-01").
    public var description: String {
        switch self {
        case .ref(let ref): ref
        case .trustedKey(let key): key
        case .trustLink(let personRef, let trustedKey, let startedOn): "\(personRef), \(trustedKey), \(startedOn.iso)"
        case .assessment(let personRef, let assessedOn): "\(personRef), \(assessedOn.iso)"
        case .quarter(let personRef, let supportQuarter): "\(personRef), \(supportQuarter)"
        case .survey(let personRef, let answeredOn): "\(personRef), \(answeredOn.iso)"
        case .training(let trustedKey, let course, let attendedOn): "\(trustedKey), \(course.rawValue), \(attendedOn.iso)"
        }
    }
}
