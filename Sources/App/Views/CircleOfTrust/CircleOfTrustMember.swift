extension CircleOfTrustPicture {
    /// One person or service in the individual's trust network, as the picture needs it.
    public struct Member: Sendable, Hashable {
        /// Whether the member is a person or a service the individual trusts.
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            case person, service
        }

        /// The link's role in the network (PRODUCT.md, "Trust network").
        public enum Role: String, Sendable, Hashable, CaseIterable {
            case primary, backup, trusted, interim
        }

        /// Where the link stands: proposed, active, or ended (kept as history).
        public enum Status: String, Sendable, Hashable, CaseIterable {
            case proposed, active, ended
        }

        public var id: Int64
        public var name: String
        public var kind: Kind
        public var role: Role
        public var status: Status
        /// The member who introduced this one; nil when found through the collective discussion.
        public var introducedBy: Int64?
        /// The individual's first trusted person, highlighted in blue.
        public var isFirst: Bool
        /// A display date such as "3 Mar 2026".
        public var startedOn: String
        public var endedOn: String?
        public var endReason: String?
        /// Marked unsafe (safeguarding concern): drawn distinctly and never as trusted.
        public var unsafe: Bool

        /// Creates a member; only the identity, name, role and start are required.
        public init(
            id: Int64,
            name: String,
            kind: Kind = .person,
            role: Role = .trusted,
            status: Status = .active,
            introducedBy: Int64? = nil,
            isFirst: Bool = false,
            startedOn: String,
            endedOn: String? = nil,
            endReason: String? = nil,
            unsafe: Bool = false
        ) {
            self.id = id
            self.name = name
            self.kind = kind
            self.role = role
            self.status = status
            self.introducedBy = introducedBy
            self.isFirst = isFirst
            self.startedOn = startedOn
            self.endedOn = endedOn
            self.endReason = endReason
            self.unsafe = unsafe
        }
    }
}

extension CircleOfTrustPicture.Member.Kind {
    /// The word shown in the table and descriptions.
    public var displayName: String {
        switch self {
        case .person: "Person"
        case .service: "Service"
        }
    }
}

extension CircleOfTrustPicture.Member.Role {
    /// The word shown in labels, the key, the table and descriptions.
    public var displayName: String {
        switch self {
        case .primary: "Primary"
        case .backup: "Back-up"
        case .trusted: "Trusted"
        case .interim: "Interim coordinator"
        }
    }
}

extension CircleOfTrustPicture.Member.Status {
    /// The word shown in the table.
    public var displayName: String {
        switch self {
        case .proposed: "Proposed"
        case .active: "Active"
        case .ended: "Ended"
        }
    }
}
