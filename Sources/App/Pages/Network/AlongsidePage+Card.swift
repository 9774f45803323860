import Domain
import Foundation
import SQLite
import TemplateEngine

extension AlongsidePage {
    /// One person's card: whom (name, reference, case status, the reader's role), then the last
    /// contact, the next plan step and anything due, each only where the person shares it.
    ///
    /// Why: issue 15 — the cards showed no reference or status (a closed case looked like any
    /// other) and no next step. Everything below the name goes through `readable` (the
    /// `PersonalDataAccess.readEach` door): contacts by their category, the plan by `plan`,
    /// assessments by `assessments`. The survey flag rests on a date only (`SurveyDueView`)
    /// and the consent review on the reader's own consents, never another recipient's.
    static func card(
        _ person: IndividualRecord, link: TrustLinkRecord, me: TrustedPersonRecord, today: CalendarDate,
        _ db: Database, _ readable: Readable
    ) throws -> TemplateValue {
        let id = person.id
        let contacts = try ContactStore.contacts(id, db).filter { readable.allows($0.category) }
        let next = try PlanStore.nextStep(id, readable, db)
        var mine: Set<ConsentRecipient> = [.trustedPerson(me.id)]
        if let organisation = me.organisationID { mine.insert(.organisation(organisation)) }
        var due = [String]()
        if let review = ConsentReviewDue.reason(try ConsentStore.all(id, db).map(\.grant), for: mine, today: today) {
            due.append(review.message)
        }
        due += try assessmentsDue(person, today: today, db, readable)
        if person.status == .open, ExperienceSurvey.isDue(lastAnsweredOn: try SurveyStore.lastAnsweredOn(id, db), today: today) {
            due.append("Experience survey due: none in the last six months.")
        }
        return [
            "id": .string(String(id)), "path": .string(Route.person(IndividualID(id)).path),
            "contactPath": .string(Route.newContact(IndividualID(id)).path),
            "ref": .string(person.ref), "name": .string(person.preferredName),
            "status": .string(person.status.title), "statusSlug": .string(person.status.rawValue),
            "closed": .bool(person.status == .closed),
            "role": .string(link.role.title.lowercased()), "lastContact": TemplateValue(contacts.first?.contactOn.display),
            "lastContactISO": TemplateValue(contacts.first?.contactOn.iso),
            "nextStep": next.map { step in
                ["step": .string(step.step), "who": .string(step.who), "due": TemplateValue(step.dueOn?.display)]
            } ?? .null,
            "planShared": .bool(readable.categories.contains(.plan)),
            "due": .array(due.map { .string($0) }),
        ]
    }

    /// "NDT: …" and "Outcomes Star: …" when an assessment is due and the person shares their
    /// assessments with the reader; nothing otherwise (not even that one is due).
    private static func assessmentsDue(
        _ person: IndividualRecord, today: CalendarDate, _ db: Database, _ readable: Readable
    ) throws -> [String] {
        guard person.status == .open, let openedOn = person.openedOn,
              let ndt = try AssessmentStore.ndt(person.id, readable, db), let star = try AssessmentStore.star(person.id, readable, db)
        else { return [] }
        return [
            AssessmentDue.reason(openedOn: openedOn, today: today, assessedOn: ndt.map(\.value.assessedOn)).map { "NDT: " + $0.message },
            AssessmentDue.reason(openedOn: openedOn, today: today, assessedOn: star.map(\.value.assessedOn)).map { "Outcomes Star: " + $0.message },
        ].compactMap { $0 }
    }
}
