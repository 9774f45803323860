/// The collective discussion in which a trusted person was chosen: services and the person
/// together, because asking "who do you trust?" alone can surface an abuser (PRODUCT.md, "The
/// world it serves"). What the person said is their own words, kept under `story`.
public struct CollectiveDiscussion: Sendable, Equatable {
    /// The category the person's own view is kept under.
    public static let viewCategory = InformationCategory.story
    public static let maximumLength = 2_000

    public let heldOn: CalendarDate
    /// The organisations that took part, as written.
    public let organisations: String
    /// The people who took part, as written.
    public let people: String
    /// What the person said, in their own words.
    public let personsView: String

    /// The form's fields for the discussion.
    public static let fields = ["discussion_on", "discussion_organisations", "discussion_people", "view_heard", "persons_view"]

    /// Reads the discussion from the add-link form. None of its fields filled means no discussion
    /// is recorded with this link (someone introduced by the circle, or recorded before); any field
    /// filled means all of it is needed: the date, who took part, and that the person's own view
    /// was heard, with what it was.
    public static func read(_ field: (String) -> String, today: CalendarDate, into errors: inout FieldErrors) -> CollectiveDiscussion? {
        let values = Dictionary(uniqueKeysWithValues: fields.map { ($0, field($0).trimmingWhitespace()) })
        guard values.values.contains(where: { !$0.isEmpty }) else { return nil }
        let heldOn = DateRules.required(values["discussion_on"]!, field: "discussion_on", today: today, into: &errors)
        if values["discussion_organisations"]!.isEmpty && values["discussion_people"]!.isEmpty {
            errors.add("discussion_organisations", "Say which organisations or people took part in the discussion.")
        }
        if values["view_heard"]!.isEmpty {
            errors.add("view_heard", "The person's own view is part of the discussion: record that it was heard.")
        }
        if values["persons_view"]!.isEmpty { errors.add("persons_view", "Write what the person said, in their own words.") }
        for name in ["discussion_organisations", "discussion_people", "persons_view"] where values[name]!.count > maximumLength {
            errors.add(name, "Keep this to 2,000 characters or fewer.")
        }
        guard let heldOn, errors.isEmpty else { return nil }
        return CollectiveDiscussion(
            heldOn: heldOn, organisations: values["discussion_organisations"]!, people: values["discussion_people"]!,
            personsView: values["persons_view"]!)
    }

    public init(heldOn: CalendarDate, organisations: String, people: String, personsView: String) {
        self.heldOn = heldOn
        self.organisations = organisations
        self.people = people
        self.personsView = personsView
    }
}
