/// A new barrier as raised on the register's form, checked.
public struct NewBarrier: Sendable, Equatable {
    public let title: String
    public let category: BarrierCategory
    public let raisedOn: CalendarDate
    public let level: BarrierLevel?
    public let organisations: String
    /// What the barrier is and how it blocks people.
    public let description: String
    /// How many people it affects: a number, never names.
    public let peopleAffected: Int?

    public init(
        title: String, category: BarrierCategory, raisedOn: CalendarDate, level: BarrierLevel?, organisations: String,
        description: String = "", peopleAffected: Int? = nil
    ) {
        self.title = title
        self.category = category
        self.raisedOn = raisedOn
        self.level = level
        self.organisations = organisations
        self.description = description
        self.peopleAffected = peopleAffected
    }
}

/// A change of a barrier's status, checked.
public struct BarrierChange: Sendable, Equatable {
    public let status: BarrierStatus
    public let on: CalendarDate
    public let level: BarrierLevel?
    public let note: String
    /// What changed as a result, when given (kept on the barrier).
    public let whatChanged: String

    public init(status: BarrierStatus, on: CalendarDate, level: BarrierLevel?, note: String, whatChanged: String = "") {
        self.status = status
        self.on = on
        self.level = level
        self.note = note
        self.whatChanged = whatChanged
    }
}

/// The rules of the system barriers register (PRODUCT.md): every field explained beside
/// itself; escalation goes up a level; nothing is dated in the future or before it was raised.
public enum BarrierRules {
    public static func readNew(_ field: (String) -> String?, today: CalendarDate) -> (NewBarrier?, FieldErrors) {
        var errors = FieldErrors()
        func text(_ name: String) -> String { (field(name) ?? "").trimmingWhitespace() }
        let title = text("title")
        if title.isEmpty { errors.add("title", "Say what blocks people, in a line.") }
        if title.count > 200 { errors.add("title", "Use 200 characters or fewer.") }
        let category = BarrierCategory(rawValue: text("category"))
        if category == nil { errors.add("category", "Choose what kind of barrier it is.") }
        let raisedOn = DateRules.required(text("raised_on"), field: "raised_on", today: today, into: &errors)
        let level = text("level").isEmpty ? nil : BarrierLevel(rawValue: text("level"))
        if !text("level").isEmpty, level == nil { errors.add("level", "Choose a level from the list.") }
        let organisations = text("organisations")
        if organisations.count > 1000 { errors.add("organisations", "Use 1,000 characters or fewer.") }
        let description = text("description")
        if description.count > 2000 { errors.add("description", "Use 2,000 characters or fewer.") }
        let peopleAffected = readPeopleAffected(text("people_affected"), into: &errors)
        guard errors.isEmpty, let category, let raisedOn else { return (nil, errors) }
        return (NewBarrier(
            title: title, category: category, raisedOn: raisedOn, level: level, organisations: organisations, description: description,
            peopleAffected: peopleAffected), errors)
    }

    public static func readChange(
        _ field: (String) -> String?, from current: BarrierStatus, currentLevel: BarrierLevel?, raisedOn: CalendarDate,
        today: CalendarDate
    ) -> (BarrierChange?, FieldErrors) {
        var errors = FieldErrors()
        func text(_ name: String) -> String { (field(name) ?? "").trimmingWhitespace() }
        let status = BarrierStatus(rawValue: text("status"))
        if let status, !current.next.contains(status) {
            errors.add("status", "A barrier that is \(current.title.lowercased()) cannot become \(status.title.lowercased()).")
        } else if status == nil {
            errors.add("status", "Choose what happens next.")
        }
        let on = DateRules.required(text("on"), field: "on", today: today, into: &errors)
        if let on, on < raisedOn { errors.add("on", "The date cannot be before the barrier was raised (\(raisedOn.display)).") }
        var level = currentLevel
        if status == .escalated {
            level = BarrierLevel(rawValue: text("level"))
            if level == nil {
                errors.add("level", "Choose who it is escalated to.")
            } else if let level, let currentLevel, level <= currentLevel {
                errors.add("level", "Escalate to a level above \(currentLevel.title.lowercased()).")
            }
        }
        let note = text("note")
        if note.count > 1000 { errors.add("note", "Keep the note to 1,000 characters or fewer.") }
        let whatChanged = text("what_changed")
        if whatChanged.count > 2000 { errors.add("what_changed", "Use 2,000 characters or fewer.") }
        guard errors.isEmpty, let status, let on else { return (nil, errors) }
        return (BarrierChange(status: status, on: on, level: level, note: note, whatChanged: whatChanged), errors)
    }

    /// How many people a barrier affects: empty, or a whole number; never names (the register
    /// holds no one's personal information).
    static func readPeopleAffected(_ text: String, into errors: inout FieldErrors) -> Int? {
        guard !text.isEmpty else { return nil }
        guard text.allSatisfy(\.isASCII), let number = Int(text), (0...100_000).contains(number) else {
            errors.add("people_affected", "Enter how many people, as a number (for example 12), never names.")
            return nil
        }
        return number
    }
}

extension BarrierLevel: Comparable {
    public static func < (lhs: BarrierLevel, rhs: BarrierLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
