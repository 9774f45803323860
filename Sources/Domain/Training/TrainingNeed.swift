/// In which capacity someone flagged a training need (PRODUCT.md, "Training": needs flagged by
/// champions for trusted persons; issue 13: by a champion, a coordinator or the trusted person).
public enum TrainingNeedSource: String, Sendable, CaseIterable {
    case champion
    case coordinator
    case trustedPerson = "trusted-person"

    /// The words people see ("flagged by their champion").
    public var title: String {
        switch self {
        case .champion: "their champion"
        case .coordinator: "a coordinator"
        case .trustedPerson: "themself"
        }
    }
}

/// How the user flagging a need stands towards the trusted person it is for.
public struct TrainingNeedStanding: Sendable, Equatable {
    /// The trusted person's record is the user's own.
    public let isOwnRecord: Bool
    /// The trusted person belongs to the user's organisation.
    public let isInOwnOrganisation: Bool

    public init(isOwnRecord: Bool, isInOwnOrganisation: Bool) {
        self.isOwnRecord = isOwnRecord
        self.isInOwnOrganisation = isInOwnOrganisation
    }
}

/// The rules of a training need: what it says, and when it is met.
///
/// A need is met by the trusted person's attendance at a session of the need's course (any
/// session recorded after the need was flagged, or recorded together with it): the need then
/// records the session that met it and leaves the list of open needs.
public enum TrainingNeedRules {
    /// The longest note accepted with a need.
    public static let maximumNoteLength = 1_000

    /// Checks the note: optional, at most `maximumNoteLength` characters.
    public static func checkNote(_ note: String, field: String, into errors: inout FieldErrors) {
        if note.count > maximumNoteLength { errors.add(field, "Use \(maximumNoteLength) characters or fewer.") }
    }

    /// Whether attending a session of `attended` meets an open need for `needed`.
    public static func isMet(needed: TrainingCourse, byAttending attended: TrainingCourse) -> Bool {
        needed == attended
    }
}
