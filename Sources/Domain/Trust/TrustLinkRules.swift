/// What the app knows about one existing link when deciding whether a new one may be made.
public struct ExistingLink: Sendable, Equatable {
    public let trustedPersonID: Int64
    public let name: String
    public let role: TrustRole
    public let status: LinkStatus

    public init(trustedPersonID: Int64, name: String, role: TrustRole, status: LinkStatus) {
        self.trustedPersonID = trustedPersonID
        self.name = name
        self.role = role
        self.status = status
    }
}

/// The rules for adding someone to an individual's circle of trust.
///
/// Why: PRODUCT.md says a person recorded as unsafe can never be made a trusted person,
/// that a trusted person emerges once (no duplicate links), and that a primary trusted
/// person changes only through a planned handover.
public enum TrustLinkRules {
    /// Throws the reason a link to `candidate` in `role` may not be made.
    public static func checkNewLink(
        candidateID: Int64, candidateName: String, role: TrustRole, existing: [ExistingLink],
        unsafeReason: String?
    ) throws(DomainError) {
        if let unsafeReason {
            throw .unsafePerson(name: candidateName, reason: unsafeReason)
        }
        if existing.contains(where: { $0.trustedPersonID == candidateID && $0.status != .ended }) {
            throw .alreadyLinked(name: candidateName)
        }
        if role == .primary, let primary = existing.first(where: { $0.role == .primary && $0.status == .active }) {
            throw .primaryAlreadyActive(name: primary.name)
        }
    }

    /// Whether an open individual's only active links are interim (or none): they need cover
    /// or a trusted person.
    public static func needsTrustedPerson(_ links: [ExistingLink]) -> Bool {
        !links.contains { $0.status == .active && $0.role != .interim }
    }
}
