/// Whom a trusted person asks for help: their organisation's champion, or the county
/// coordinators (PRODUCT.md, "Roles": the trusted person asks for help; the champion supports).
public enum HelpAddressee: String, Sendable, CaseIterable {
    case champion
    case coordinator

    /// The words people see.
    public var title: String {
        switch self {
        case .champion: "My organisation's champion"
        case .coordinator: "A coordinator"
        }
    }
}

/// Where a request for help stands: open until someone answers, answered once a champion or
/// coordinator replies, closed when it is done (no more replies).
public enum HelpRequestStatus: String, Sendable, CaseIterable {
    case open
    case answered
    case closed

    /// The words people see.
    public var title: String {
        switch self {
        case .open: "Open"
        case .answered: "Answered"
        case .closed: "Closed"
        }
    }

    /// The status after a reply: a helper's reply answers an open request; the asker's reply
    /// (a follow-up question) opens an answered one again. A closed request takes no replies.
    public func afterReply(byAsker: Bool) -> HelpRequestStatus? {
        switch (self, byAsker) {
        case (.closed, _): nil
        case (_, true): .open
        case (_, false): .answered
        }
    }
}

/// Checks for a new request for help and its replies.
public enum HelpRequestRules {
    /// The category a request's text is kept under: what the trusted person writes about the
    /// person's situation is a note about them.
    public static let category = InformationCategory.notes
    public static let maximumLength = 4_000

    /// Checks a request's or a reply's text.
    public static func checkText(_ text: String, field: String, into errors: inout FieldErrors) {
        let trimmed = text.trimmingWhitespace()
        if trimmed.isEmpty { errors.add(field, "Write what you need help with.") }
        if trimmed.count > maximumLength { errors.add(field, "Keep it under \(maximumLength) characters.") }
    }
}

/// How one user stands towards one request for help, as the store finds it.
public struct HelpRequestRelation: Sendable, Equatable {
    /// The user asked for this help.
    public let isAsker: Bool
    /// The user's organisation is the asker's organisation.
    public let sharesAskersOrganisation: Bool
    /// Whom the request was addressed to.
    public let addressedTo: HelpAddressee

    public init(isAsker: Bool, sharesAskersOrganisation: Bool, addressedTo: HelpAddressee) {
        self.isAsker = isAsker
        self.sharesAskersOrganisation = sharesAskersOrganisation
        self.addressedTo = addressedTo
    }
}

extension AccessPolicy {
    /// Whether a holder of `roles` may open a request for help (see that it exists, its status
    /// and replies; its text still follows the person's consent, through `readableCategories`).
    ///
    /// Coordinators see every request; the asker their own; a champion those of their own
    /// organisation's trusted persons addressed to the champion. Never another organisation's.
    public func mayOpenHelpRequest(_ roles: Set<Role>, _ relation: HelpRequestRelation) -> Bool {
        roles.contains { role in
            switch role {
            case .coordinator: true
            case .trustedPerson: relation.isAsker
            case .champion: relation.sharesAskersOrganisation && relation.addressedTo == .champion
            case .individual, .manager: false
            }
        }
    }
}
