import Domain
import Foundation
import TemplateEngine

/// The "survey due" flag: an open person with no experience survey in the last 182 days
/// (`ExperienceSurvey.isDue`). It rests on the day of the latest survey only, never on what
/// was answered, so it shows wherever the person's name does (caseload, record).
enum SurveyDueView {
    /// Whether the survey is due for an open person; never for a referred or closed one.
    static func isDue(individualID: Int64, isOpen: Bool, today: CalendarDate, _ services: AppServices) throws -> Bool {
        guard isOpen else { return false }
        let last = try services.pool.read { db in try SurveyStore.lastAnsweredOn(individualID, db) }
        return ExperienceSurvey.isDue(lastAnsweredOn: last, today: today)
    }

    /// The caseload's rows (`rows`, one dictionary per id in `ids`) with `surveyDueFlag` added;
    /// `lastAnsweredOn` holds the day of each listed person's latest survey (read in one query
    /// with the page, `SurveyStore.lastAnsweredOn(individualIDs:)`).
    static func flag(
        _ rows: TemplateValue?, _ ids: [Int64], open: [Bool], lastAnsweredOn: [Int64: CalendarDate], today: CalendarDate
    ) -> TemplateValue {
        guard case .array(let items)? = rows else { return rows ?? .null }
        let flagged = zip(items, zip(ids, open)).map { item, person -> TemplateValue in
            guard case .dictionary(var values) = item else { return item }
            values["surveyDueFlag"] = .bool(person.1 && ExperienceSurvey.isDue(lastAnsweredOn: lastAnsweredOn[person.0], today: today))
            return .dictionary(values)
        }
        return .array(flagged)
    }
}

extension SurveyDueView {
    /// The record page's survey line: due or not, and the link to record it with the person
    /// for those who may work with them and read their story (where the answers are kept).
    /// `lastAnsweredOn` is read with the rest of the record, in the same snapshot.
    static func recordValues(
        _ person: IndividualRecord, _ context: RequestContext, lastAnsweredOn: CalendarDate?, today: CalendarDate
    ) throws -> TemplateValue {
        let access = try context.individualAccess
        let mayRecord = access.mayWork && access.readableCategories.contains(.story)
        return [
            "due": .bool(person.status == .open && ExperienceSurvey.isDue(lastAnsweredOn: lastAnsweredOn, today: today)),
            "recordPath": mayRecord ? .string(Route.personSurvey(IndividualID(person.id)).path) : .null,
        ]
    }
}
