import Domain
import TemplateEngine

/// The record page's contents list, and its long sections folded to their latest few.
///
/// Why: issue 15 — the record ran to 4,700 px on a desktop (7,000 on a phone) with nothing to
/// find one's way by, and "Record a contact" took 29 Tab presses. Every count here is of what
/// the page already read through the reader's `Readable` (`RecordData`): nothing is opened
/// just to count it, and things kept from the reader are counted only where the section
/// itself already says "N not shared with you" (story entries and contacts), never as zero.
extension RecordPage {
    /// How many entries of a long section show before its "Show all".
    static let latestShown = 3

    /// What the contents list needs beyond `RecordData`: whether the reader works the case and
    /// may change its status, and the survey section's values (`SurveyDueView.recordValues`).
    struct ContentsFacts {
        let canWork: Bool
        let canChangeStatus: Bool
        let survey: TemplateValue
    }

    /// The contents list, in the order of the page's sections: each entry links to its section
    /// (`#id`), says how many things it holds, and offers the section's main action.
    static func contents(_ person: IndividualRecord, _ data: RecordData, _ facts: ContentsFacts) -> TemplateValue {
        let id = IndividualID(person.id)
        var entries = [
            entry("eligibility", "Disadvantages and eligibility"),
            entry("circle", "Circle of trust", count: String(data.links.filter { $0.status != .ended }.count),
                  action: facts.canWork ? ("Add someone to the circle", Route.newLink(id).path) : nil),
        ]
        if !data.handovers.isEmpty { entries.append(entry("handovers", "Handovers", count: String(data.handovers.count))) }
        if case .bool(let due)? = facts.survey["due"] {
            var record: (String, String)?
            if case .string(let path)? = facts.survey["recordPath"] { record = ("Record the survey with them", path) }
            entries.append(entry("survey", "Experience survey", count: due ? "due" : nil, action: record))
        }
        entries.append(entry("story", "Story", count: countText(shown: data.story.count, hidden: data.hiddenStory),
                             action: ("Add to the story", Route.newStoryEntry(id).path)))
        entries.append(data.plan.map { goals in
            entry("plan", "Plan", count: goals.count == 1 ? "1 goal" : "\(goals.count) goals", action: ("Add to the plan", Route.newPlanGoal(id).path))
        } ?? entry("plan", "Plan", count: "not shared with you"))
        entries.append(entry("contacts", "Contacts", count: countText(shown: data.contacts.count, hidden: data.hiddenContacts),
                             action: ("Record a contact", Route.newContact(id).path)))
        entries.append(entry("meetings", "Multi-agency meetings", count: data.meetings.map { String($0.count) } ?? "not shared with you",
                             action: facts.canWork ? ("Record a meeting", Route.newMeeting(id).path) : nil))
        entries.append(entry("consents", "Consent to share", count: facts.canWork ? String(data.consents.count) : nil,
                             action: facts.canWork ? ("Record consent", Route.newConsent(id).path) : nil))
        if facts.canWork { entries.append(entry("access-log", "Who has looked")) }
        entries.append(entry("status", "Case status", count: data.history.isEmpty ? nil : String(data.history.count),
                             action: facts.canWork && facts.canChangeStatus ? ("Change the status", "#change-status") : nil))
        return .array(entries)
    }

    /// "12", or "12, and 3 not shared with you" when some are kept from the reader; never "0 not shared".
    static func countText(shown: Int, hidden: Int) -> String {
        hidden > 0 ? "\(shown), and \(hidden) not shared with you" : String(shown)
    }

    /// A long list as its latest `shown` items (`latest`) and the rest (`earlier`) behind a
    /// "Show all N" summary; `newestFirst` says which end of `items` is the latest. Every item
    /// stays in the page, so nothing needs JavaScript to be reached.
    static func folded(_ items: [TemplateValue], noun: String, newestFirst: Bool, shown: Int = latestShown) -> TemplateValue {
        let fold = items.count > shown + 1
        let latest = !fold ? items : newestFirst ? Array(items.prefix(shown)) : Array(items.suffix(shown))
        let earlier = !fold ? [] : newestFirst ? Array(items.dropFirst(shown)) : Array(items.dropLast(shown))
        return [
            "latest": .array(latest), "earlier": .array(earlier), "total": .int(items.count),
            "showAll": .string("Show all \(items.count) \(noun) (\(earlier.count) earlier)"),
        ]
    }

    /// The record's long lists folded (`contactsFolded`, …), read from the lists `values` already holds.
    static func foldedSections(_ values: [String: TemplateValue]) -> [String: TemplateValue] {
        let lists: [(key: String, noun: String, newestFirst: Bool, shown: Int)] = [
            ("story", "entries", true, latestShown), ("contacts", "contacts", true, latestShown),
            ("meetings", "meetings", true, latestShown), ("history", "changes", false, latestShown),
            ("accessLog", "views", true, 5),
        ]
        var folded: [String: TemplateValue] = [:]
        for list in lists {
            guard case .array(let items)? = values[list.key] else { continue }
            folded[list.key + "Folded"] = Self.folded(items, noun: list.noun, newestFirst: list.newestFirst, shown: list.shown)
        }
        return folded
    }

    private static func entry(_ id: String, _ title: String, count: String? = nil, action: (String, String)? = nil) -> TemplateValue {
        [
            "id": .string(id), "title": .string(title), "count": TemplateValue(count),
            "action": action.map { ["title": .string($0.0), "path": .string($0.1)] } ?? .null,
        ]
    }
}
