/// The part a trusted person plays in an individual's circle (PRODUCT.md, "Trust network").
public enum TrustRole: String, CaseIterable, Sendable {
    case primary
    case backup
    case trusted
    case interim

    public var title: String {
        switch self {
        case .primary: "Primary trusted person"
        case .backup: "Back-up"
        case .trusted: "Trusted"
        case .interim: "Interim coordinator"
        }
    }
}

/// Where a trust link stands.
public enum LinkStatus: String, CaseIterable, Sendable {
    case proposed
    case active
    case ended

    public var title: String {
        switch self {
        case .proposed: "Proposed"
        case .active: "Active"
        case .ended: "Ended"
        }
    }
}

/// Why a trust link ended.
public enum EndReason: String, CaseIterable, Sendable {
    case handover
    case leftRole = "left-role"
    case sickness
    case individualChoice = "individual-choice"
    case safety
    case other

    public var title: String {
        switch self {
        case .handover: "Handed over"
        case .leftRole: "Left their role"
        case .sickness: "Sickness"
        case .individualChoice: "The person's own choice"
        case .safety: "Safety"
        case .other: "Other"
        }
    }
}

/// A trusted person is a person, or a service the individual trusts (a day centre).
public enum TrustedPersonKind: String, CaseIterable, Sendable {
    case person
    case service

    public var title: String {
        switch self {
        case .person: "Person"
        case .service: "Service"
        }
    }
}

/// Whether the trusted person is paid for their role or a volunteer.
public enum PaidStatus: String, CaseIterable, Sendable {
    case paid
    case volunteer

    public var title: String {
        switch self {
        case .paid: "Paid"
        case .volunteer: "Volunteer"
        }
    }
}
