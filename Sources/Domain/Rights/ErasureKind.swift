/// What the retention rule erases from a closed record, kind by kind. Each kind is counted in
/// the dry run and logged, with its count, when erased; what goes is names and free text, what
/// stays is every date, district, status, role, score and count the quarterly report reads.
public enum ErasureKind: String, CaseIterable, Sendable, Comparable {
    /// Preferred and legal name, date of birth, referral source, eligibility exception.
    case identity
    /// The person's own account: name, email address, password, sessions.
    case account
    /// Notes on case status changes.
    case caseNotes = "case-notes"
    /// Every version of every story entry.
    case story
    /// Plan goals and steps (the words, and who does each step).
    case plan
    /// Contact notes and the services involved.
    case contacts
    /// Meeting actions.
    case meetings
    /// Consent purposes and the person's own words, the lawful basis note.
    case consents
    /// How links came about, the person's words on them, link event details, collective
    /// discussions' people and the person's view.
    case circle
    /// Handover notes and why someone new was chosen.
    case handovers
    /// Reasons for unsafe markings and "a different person" notes.
    case safety
    /// Safeguarding override reasons.
    case overrides
    /// Notes on assessments: who took part, period notes, correction reasons.
    case assessments
    /// Requests for help and their replies.
    case helpRequests = "help-requests"
    /// The before and after values of corrected details.
    case corrections

    /// How the kind reads in the dry run and the log.
    public var title: String {
        switch self {
        case .identity: "Names, date of birth, referral source and eligibility exception"
        case .account: "The person's own account (name, email address, password)"
        case .caseNotes: "Notes on case status changes"
        case .story: "Story entries (every version)"
        case .plan: "Plan goals and steps"
        case .contacts: "Contact notes and services involved"
        case .meetings: "Meeting actions"
        case .consents: "Consent purposes, the person's words, the lawful basis note"
        case .circle: "How links came about, the person's words, discussions"
        case .handovers: "Handover notes"
        case .safety: "Unsafe marking reasons and \"a different person\" notes"
        case .overrides: "Safeguarding override reasons"
        case .assessments: "Assessment notes and correction reasons"
        case .helpRequests: "Requests for help and replies"
        case .corrections: "Earlier and corrected values of details"
        }
    }

    public static func < (lhs: ErasureKind, rhs: ErasureKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
