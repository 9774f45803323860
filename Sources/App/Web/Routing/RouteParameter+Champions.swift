/// A trusted person a champion invited, waiting for approval (`trusted_person_invitations.id`).
struct InvitationID: RowID {
    static let parameterName = "invitation"
    let rawValue: Int64
    init(_ rawValue: Int64) { self.rawValue = rawValue }
}

/// A trusted person's request for help (`help_requests.id`).
struct HelpRequestID: RowID {
    static let parameterName = "help"
    let rawValue: Int64
    init(_ rawValue: Int64) { self.rawValue = rawValue }
}

/// A collective discussion in which a trusted person was chosen (`trust_discussions.id`).
struct DiscussionID: RowID {
    static let parameterName = "discussion"
    let rawValue: Int64
    init(_ rawValue: Int64) { self.rawValue = rawValue }
}

/// A training session (`training_sessions.id`).
struct TrainingSessionID: RowID {
    static let parameterName = "session"
    let rawValue: Int64
    init(_ rawValue: Int64) { self.rawValue = rawValue }
}
