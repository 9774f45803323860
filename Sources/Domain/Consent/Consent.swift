/// Who a consent lets information reach (PRODUCT.md, "Consent").
public enum ConsentRecipient: Sendable, Hashable {
    /// The programme's coordinators, recorded at referral.
    case coordinationTeam
    /// One trusted person.
    case trustedPerson(Int64)
    /// An organisation: every trusted person acting for it with this individual.
    case organisation(Int64)

    public var kind: String {
        switch self {
        case .coordinationTeam: "coordination-team"
        case .trustedPerson: "trusted-person"
        case .organisation: "organisation"
        }
    }
}

/// How the individual gave consent.
public enum ConsentMethod: String, CaseIterable, Sendable {
    case verbal
    case written
    case selfService = "self-service"

    public var title: String {
        switch self {
        case .verbal: "Verbally"
        case .written: "In writing"
        case .selfService: "On their own page"
        }
    }
}

/// One consent as the rules need it.
public struct ConsentGrant: Sendable, Equatable {
    public let id: Int64
    public let recipient: ConsentRecipient
    public let categories: Set<InformationCategory>
    public let givenOn: CalendarDate
    public let reviewBy: CalendarDate
    public let withdrawnOn: CalendarDate?
    /// The consent that renewed or changed this one, when there is one: this one is then history.
    public let replacedBy: Int64?

    public init(
        id: Int64, recipient: ConsentRecipient, categories: Set<InformationCategory>, givenOn: CalendarDate,
        reviewBy: CalendarDate, withdrawnOn: CalendarDate?, replacedBy: Int64? = nil
    ) {
        self.id = id
        self.recipient = recipient
        self.categories = categories
        self.givenOn = givenOn
        self.reviewBy = reviewBy
        self.withdrawnOn = withdrawnOn
        self.replacedBy = replacedBy
    }
}

/// The rules of consent: a consent is in force from the day it was given until it is
/// withdrawn (at once), passes its review date (expired until reviewed) or is replaced by its
/// renewal or a changed consent (the old one kept as history).
///
/// Why: PRODUCT.md's consent rule — the individual's sharing wishes are enforced as a duty of
/// confidence whatever the lawful basis, withdrawal takes effect at once, and expired consent
/// stops sharing until reviewed.
public enum ConsentPolicy {
    /// Consent is reviewed a year after it was given unless the coordinator sets another date.
    public static let defaultReviewMonths = 12

    public static func defaultReviewDate(givenOn: CalendarDate) -> CalendarDate {
        givenOn.adding(months: defaultReviewMonths)
    }

    public static func isInForce(_ consent: ConsentGrant, today: CalendarDate) -> Bool {
        consent.withdrawnOn == nil && consent.replacedBy == nil && consent.givenOn <= today && today <= consent.reviewBy
    }

    /// Whether the consent is past its review date, not withdrawn and not yet renewed.
    public static func isExpired(_ consent: ConsentGrant, today: CalendarDate) -> Bool {
        consent.withdrawnOn == nil && consent.replacedBy == nil && today > consent.reviewBy
    }

    /// The categories in force for any of `recipients`.
    public static func categories(
        _ consents: [ConsentGrant], for recipients: Set<ConsentRecipient>, today: CalendarDate
    ) -> Set<InformationCategory> {
        consents.filter { recipients.contains($0.recipient) && isInForce($0, today: today) }
            .reduce(into: Set()) { $0.formUnion($1.categories) }
    }
}

/// The lawful basis under UK GDPR Article 6, recorded apart from the individual's wishes:
/// the app enforces the wishes whatever the basis, and never presents consent as the basis
/// when the partnership relies on another.
public enum LawfulBasis: String, CaseIterable, Sendable {
    case publicTask = "public-task"
    case legitimateInterests = "legitimate-interests"
    case legalObligation = "legal-obligation"
    case vitalInterests = "vital-interests"
    case consent
    case contract

    public var title: String {
        switch self {
        case .publicTask: "Public task"
        case .legitimateInterests: "Legitimate interests"
        case .legalObligation: "Legal obligation"
        case .vitalInterests: "Vital interests"
        case .consent: "Consent"
        case .contract: "Contract"
        }
    }
}
