/// A rule of the Trusted Person approach that an action would break; the message is written
/// for the coordinator and is safe to show.
public enum DomainError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The person was recorded as unsafe for this individual (PRODUCT.md, "Trust network").
    case unsafePerson(name: String, reason: String)
    /// Another record with the same name as someone recorded as unsafe for this individual,
    /// not yet confirmed by a coordinator to be a different person (PRODUCT.md, "Trust network").
    case unsafeNameMatch(name: String, markedName: String, reason: String)
    /// The person already has an active or proposed link with this individual.
    case alreadyLinked(name: String)
    /// Only one active primary trusted person at a time; hand over instead.
    case primaryAlreadyActive(name: String)
    /// The case status cannot change this way.
    case invalidStatusChange(from: CaseStatus, to: CaseStatus)
    /// The handover cannot take this step from where it is.
    case invalidHandoverStep(from: HandoverStage, to: HandoverStage)
    /// The link has already ended.
    case linkEnded
    /// Interim cover is only for open individuals with no active trusted person.
    case interimNotNeeded
    /// The text is not a calendar quarter written `YYYYQn`.
    case invalidQuarter(String)
    /// The person is away (off sick or on leave), so they cannot take over a handover now.
    case trustedPersonAbsent(name: String, phrase: String, until: CalendarDate)

    public var description: String {
        switch self {
        case .unsafePerson(let name, let reason):
            "\(name) has been recorded as unsafe for this person (\(reason)), so they cannot be linked or shared with."
        case .unsafeNameMatch(_, let markedName, let reason):
            "This name matches \(markedName), recorded as unsafe for this person (\(reason)). "
                + "If this is someone else, tick \u{201C}This is a different person\u{201D} and say how you know."
        case .alreadyLinked(let name):
            "\(name) is already in this person's circle."
        case .primaryAlreadyActive(let name):
            "\(name) is already the primary trusted person. Plan a handover instead."
        case .invalidStatusChange(let from, let to):
            "A \(from.title.lowercased()) case cannot be made \(to.title.lowercased())."
        case .invalidHandoverStep(let from, let to):
            "This handover is at \"\(from.title)\", so it cannot move to \"\(to.title)\"."
        case .linkEnded:
            "This link has already ended."
        case .interimNotNeeded:
            "Interim cover is only for an open case with no active trusted person."
        case .invalidQuarter(let text):
            "\"\(text.prefix(40))\" is not a quarter: write the year and quarter as YYYYQn, for example 2024Q3."
        case .trustedPersonAbsent(let name, let phrase, let until):
            "\(name) is \(phrase) until \(until.display), so they cannot take over now. Choose someone else, or wait until they return."
        }
    }
}
