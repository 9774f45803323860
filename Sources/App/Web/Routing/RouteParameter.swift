/// A value that stands in one segment of a route's path (`/people/:individual`): it prints
/// itself into links and parses itself back from requests, so a route's ids are typed.
protocol RouteParameter: Hashable, Sendable {
    /// The parameter's name in the route's pattern (`individual` in `/people/:individual`).
    static var parameterName: String { get }
    /// A valid value, used to work out a route's pattern and access, and by tests.
    static var example: Self { get }
    /// The value parsed from a path segment, or nil when the segment is not one.
    init?(pathSegment: Substring)
    /// The value as a path segment.
    var pathSegment: String { get }
}

/// A row id of one table, typed so that one kind of id can never be passed for another.
protocol RowID: RouteParameter, CustomStringConvertible {
    var rawValue: Int64 { get }
    init(_ rawValue: Int64)
}

extension RowID {
    static var example: Self { Self(1) }

    init?(pathSegment: Substring) {
        guard let value = Int64(pathSegment), value > 0, String(value) == pathSegment else { return nil }
        self.init(value)
    }

    var pathSegment: String { String(rawValue) }
    var description: String { String(rawValue) }
}

/// An individual the programme walks alongside (`individuals.id`).
struct IndividualID: RowID {
    static let parameterName = "individual"
    let rawValue: Int64
    init(_ rawValue: Int64) { self.rawValue = rawValue }
}

/// A login account (`users.id`).
struct UserID: RowID {
    static let parameterName = "user"
    let rawValue: Int64
    init(_ rawValue: Int64) { self.rawValue = rawValue }
}

/// A trusted person or trusted service (`trusted_persons.id`).
struct TrustedPersonID: RowID {
    static let parameterName = "trusted"
    let rawValue: Int64
    init(_ rawValue: Int64) { self.rawValue = rawValue }
}

/// A link in an individual's circle of trust (`trust_links.id`).
struct TrustLinkID: RowID {
    static let parameterName = "link"
    let rawValue: Int64
    init(_ rawValue: Int64) { self.rawValue = rawValue }
}

/// A handover from one trusted person to another (`handovers.id`).
struct HandoverID: RowID {
    static let parameterName = "handover"
    let rawValue: Int64
    init(_ rawValue: Int64) { self.rawValue = rawValue }
}

/// The handover of everyone a leaving trusted person walks alongside (`bulk_handovers.id`).
struct BulkHandoverID: RowID {
    static let parameterName = "bulk"
    let rawValue: Int64
    init(_ rawValue: Int64) { self.rawValue = rawValue }
}

/// A row of `circle_questions`: the person questioning someone in their circle.
struct CircleQuestionID: RowID {
    static let parameterName = "question"
    let rawValue: Int64
    init(_ rawValue: Int64) { self.rawValue = rawValue }
}

/// A consent record (`consents.id`).
struct ConsentID: RowID {
    static let parameterName = "consent"
    let rawValue: Int64
    init(_ rawValue: Int64) { self.rawValue = rawValue }
}

/// One entry of an individual's story, across its versions (`story_entries.id`).
struct StoryEntryID: RowID {
    static let parameterName = "entry"
    let rawValue: Int64
    init(_ rawValue: Int64) { self.rawValue = rawValue }
}

/// One step of an individual's plan (`plan_steps.id`).
struct PlanStepID: RowID {
    static let parameterName = "step"
    let rawValue: Int64
    init(_ rawValue: Int64) { self.rawValue = rawValue }
}

/// One NDT Assessment or Outcomes Star reading, across its versions.
struct AssessmentID: RowID {
    static let parameterName = "assessment"
    let rawValue: Int64
    init(_ rawValue: Int64) { self.rawValue = rawValue }
}

/// An uploaded import waiting to be confirmed (`pending_imports.id`).
struct PendingImportID: RowID {
    static let parameterName = "import"
    let rawValue: Int64
    init(_ rawValue: Int64) { self.rawValue = rawValue }
}

/// A partner organisation (`organisations.id`).
struct OrganisationID: RowID {
    static let parameterName = "organisation"
    let rawValue: Int64
    init(_ rawValue: Int64) { self.rawValue = rawValue }
}

/// A system barrier (`barriers.id`).
struct BarrierID: RowID {
    static let parameterName = "barrier"
    let rawValue: Int64
    init(_ rawValue: Int64) { self.rawValue = rawValue }
}

/// The secret of a one-time link (first-run setup, invitation, reset), in base64url.
struct OneTimeToken: RouteParameter {
    static let parameterName = "token"
    static let example = OneTimeToken(value: String(repeating: "A", count: 43))
    let value: String

    private init(value: String) { self.value = value }

    /// A token the app has just generated (`SessionToken.generate`).
    init(generated: String) { value = generated }

    init?(pathSegment: Substring) {
        let isBase64URL = { (byte: UInt8) in
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"): true
            default: false
            }
        }
        guard (16...128).contains(pathSegment.utf8.count), pathSegment.utf8.allSatisfy(isBase64URL) else { return nil }
        value = String(pathSegment)
    }

    var pathSegment: String { value }
}
