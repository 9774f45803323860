import Domain
import Foundation
import SQLite

/// SQL for the person's experience surveys (one per person and day; answering again that day
/// replaces it). Read under the `story` category (README, "Experience survey").
enum SurveyStore {
    /// How a survey came in.
    enum RecordedWith: String, CaseIterable {
        /// The person answered on their own pages.
        case `self`
        /// Their trusted person or a coordinator recorded it with them.
        case supported
        /// From a `survey` import file.
        case `import`
    }

    /// A stored survey with how it came in.
    struct Stored {
        let survey: ExperienceSurvey
        let recordedWith: RecordedWith
    }

    /// Saves `survey`, replacing any answered the same day; returns whether one was replaced.
    @discardableResult
    static func save(
        _ survey: ExperienceSurvey, individualID: Int64, with recordedWith: RecordedWith, by userID: Int64?, now: Date, _ db: Database
    ) throws -> Bool {
        let existed = try answers(individualID: individualID, on: survey.answeredOn, db) != nil
        let questions = SurveyQuestion.allCases
        let columns = ["individual_id", "answered_on"] + questions.map(\.rawValue) + ["recorded_with", "recorded_by", "recorded_at"]
        let updates = columns.dropFirst(2).map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        var arguments: [(any SQLBindable)?] = [individualID, survey.answeredOn.iso]
        arguments += questions.map { stored(survey, $0) }
        arguments += [recordedWith.rawValue, userID, now]
        try db.execute(
            "INSERT INTO experience_surveys (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", "))) "
                + "ON CONFLICT (individual_id, answered_on) DO UPDATE SET " + updates,
            arguments: arguments)
        try IndividualStore.touch(individualID, now: now, db)
        return existed
    }

    /// The survey answered on `day`, if any (for the import's comparison, store to store).
    static func answers(individualID: Int64, on day: CalendarDate, _ db: Database) throws -> ExperienceSurvey? {
        try db.queryOne("SELECT * FROM experience_surveys WHERE individual_id = ? AND answered_on = ?", individualID, day.iso)
            .map { try survey($0) }
    }

    /// Every survey of the person, latest first; nil when `readable` does not open `story`.
    static func surveys(_ individualID: Int64, _ readable: Readable, _ db: Database) throws -> [Stored]? {
        guard readable.allows(.story) else { return nil }
        return try db.query("SELECT * FROM experience_surveys WHERE individual_id = ? ORDER BY answered_on DESC", individualID).map {
            Stored(survey: try survey($0), recordedWith: try $0.vocabulary("recorded_with"))
        }
    }

    /// The day of the person's latest survey, if any: a date only, which says when to ask
    /// again and nothing of what was answered (the caseload's "survey due" flag).
    static func lastAnsweredOn(_ individualID: Int64, _ db: Database) throws -> CalendarDate? {
        let text: String? = try db.scalar("SELECT MAX(answered_on) FROM experience_surveys WHERE individual_id = ?", individualID)
        return text.flatMap(CalendarDate.init(iso:))
    }

    /// The day of the latest survey of each of `individualIDs` who has one, in one query (the
    /// caseload's page of rows).
    static func lastAnsweredOn(individualIDs: [Int64], _ db: Database) throws -> [Int64: CalendarDate] {
        guard !individualIDs.isEmpty else { return [:] }
        let marks = Array(repeating: "?", count: individualIDs.count).joined(separator: ", ")
        var days: [Int64: CalendarDate] = [:]
        for row in try db.query(
            "SELECT individual_id, MAX(answered_on) AS last FROM experience_surveys WHERE individual_id IN (\(marks)) GROUP BY individual_id",
            arguments: individualIDs.map { $0 as (any SQLBindable)? })
        {
            let text: String? = try row.get("last")
            if let day = text.flatMap(CalendarDate.init(iso:)) { days[try row.get("individual_id")] = day }
        }
        return days
    }

    /// The day of each person's latest survey, by individual id.
    static func lastAnsweredOnByPerson(_ db: Database) throws -> [Int64: CalendarDate] {
        var days: [Int64: CalendarDate] = [:]
        try db.forEachCursor("SELECT individual_id, MAX(answered_on) FROM experience_surveys GROUP BY individual_id") { row in
            if let day = row.text(1).flatMap(CalendarDate.init(iso:)) { days[Int64(row.int(0))] = day }
        }
        return days
    }

    private static func stored(_ survey: ExperienceSurvey, _ question: SurveyQuestion) -> Int? {
        guard let answer = survey.answer(question) else { return nil }
        return question.isYesNo ? (answer == "yes" ? 1 : 0) : Int(answer)
    }

    private static func survey(_ row: Row) throws -> ExperienceSurvey {
        var survey = ExperienceSurvey(answeredOn: try IndividualStore.requiredDate(row, "answered_on"))
        for question in SurveyQuestion.allCases {
            guard let value: Int = try row.get(question.rawValue) else { continue }
            let valid = question.isYesNo ? (0...1).contains(value) : SurveyQuestion.scale.contains(value)
            guard valid else { throw UnknownStoredValue(column: question.rawValue, value: String(value)) }
            if question.isYesNo { survey.set(question, yes: value == 1) } else { survey.set(question, scale: value) }
        }
        return survey
    }
}
