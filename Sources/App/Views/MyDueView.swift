import Domain
import Foundation
import SQLite
import TemplateEngine

/// What is due for the person, on their own home page, in plain words: agreements to share that
/// are due to be looked at again (or have ended for want of it), an Outcomes Star or NDT review,
/// and the short survey about their support. Each item says what to do, with a link where the
/// person can do it themselves.
enum MyDueView {
    /// The items due for `person` on `today`, read with the person's own `Readable`.
    static func values(
        _ person: IndividualRecord, _ readable: Readable, today: CalendarDate, _ db: Database, _ services: AppServices
    ) throws -> TemplateValue {
        var items: [TemplateValue] = []
        let consents = try ConsentStore.all(person.id, db)
        for consent in consents where ConsentReview.isDue(consent.grant, among: consents.map(\.grant), today: today) {
            let expired = ConsentPolicy.isExpired(consent.grant, today: today)
            let text = expired
                ? "Your agreement to share with \(consent.recipientName) ended on \(consent.grant.reviewBy.display). Nothing is shared with them now."
                : "Your agreement to share with \(consent.recipientName) is due to be looked at again by \(consent.grant.reviewBy.display)."
            items.append(expired
                ? item(text, link: Route.renewMyConsent(ConsentID(consent.grant.id)).path, action: "Agree again")
                : item(text, link: Route.mySharing.path, action: "Agree again, or stop sharing"))
        }
        if person.status == .open, let openedOn = person.openedOn {
            let star = (try AssessmentStore.star(person.id, readable, db) ?? []).map(\.value.assessedOn)
            if AssessmentDue.reason(openedOn: openedOn, today: today, assessedOn: star) != nil {
                items.append(item("It is time to look at your Outcomes Star again, with your trusted person or coordinator.", link: nil, action: nil))
            }
            let ndt = (try AssessmentStore.ndt(person.id, readable, db) ?? []).map(\.value.assessedOn)
            if AssessmentDue.reason(openedOn: openedOn, today: today, assessedOn: ndt) != nil {
                items.append(item("It is time for a review of how your support is going (the NDT), with your coordinator.", link: nil, action: nil))
            }
            if ExperienceSurvey.isDue(lastAnsweredOn: try SurveyStore.lastAnsweredOn(person.id, db), today: today) {
                items.append(item("It is time to answer a few short questions about your support.", link: Route.mySurvey.path, action: "Answer the questions"))
            }
        }
        return .array(items)
    }

    private static func item(_ text: String, link: String?, action: String?) -> TemplateValue {
        ["text": .string(text), "link": TemplateValue(link), "action": TemplateValue(action)]
    }
}
