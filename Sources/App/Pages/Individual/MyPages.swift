import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// The individual's own pages, in plain, kind words: my story, my plan, my circle of trust,
/// who can see my information (with a one-click withdraw and a clear confirmation), and who
/// has looked. Every read goes through `PersonalDataAccess`, so the person's own views are
/// in their access log too.
enum MyPages {

    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(.me) { context in
            let person = try mine(services, context)
            let surveyDue = try SurveyDueView.isDue(
                individualID: person.id, isOpen: person.status == .open, today: LondonTime.today(context.now), services)
            return try services.page("me/index", title: "My page", context, ["person": PersonHeading.values(person), "surveyDue": .bool(surveyDue)])
        }
        routes.get(.myStory) { context in
            try page(services, context, "me/story", "My story") { person, db, readable in
                let story = try StoryStore.entries(person.id, readable, db)
                return ["story": .array(story.shown.map { SharingView.entry($0) })]
            }
        }
        routes.get(.myPlan) { context in
            try page(services, context, "me/plan", "My plan") { person, db, readable in
                ["plan": .array((try PlanStore.goals(person.id, readable, db) ?? []).map { SharingView.goal($0) })]
            }
        }
        routes.get(.myCircle) { context in
            try page(services, context, "me/circle", "The people I trust") { person, db, _ in
                let links = try TrustLinkStore.forIndividual(person.id, db)
                return ["circle": CircleView.values(person: person, links: links, unsafe: [])]
            }
        }
        routes.get(.mySharing) { context in
            try page(services, context, "me/sharing", "Who can see my information") { person, db, _ in
                let today = LondonTime.today(context.now)
                return ["consents": .array(try ConsentStore.all(person.id, db).map { SharingView.consent($0, today: today) })]
            }
        }
        routes.get(Route.withdrawMyConsent) { context, consent in
            let consentID = try context.parameter(ConsentID.self).rawValue
            return try page(services, context, "me/withdraw", "Stop sharing") { person, db, _ in
                let today = LondonTime.today(context.now)
                guard let consent = try ConsentStore.all(person.id, db).first(where: { $0.grant.id == consentID && $0.grant.withdrawnOn == nil }) else {
                    throw AppError.notFound
                }
                return ["consent": SharingView.consent(consent, today: today)]
            }
        }
        routes.post(Route.withdrawMyConsent) { context, consent in
            let person = try mine(services, context)
            let user = try context.signedInUser
            let consentID = try context.parameter(ConsentID.self).rawValue
            try services.pool.write { db in
                try ConsentStore.withdraw(consentID, individualID: person.id, on: LondonTime.today(context.now), how: "by-the-person", by: user.id, now: context.now, db)
            }
            return .redirect(to: .mySharing, notice: .consentWithdrawn)
        }
        routes.get(.myProgress) { context in
            try page(services, context, "me/progress", "My progress") { person, db, readable in
                let readings = (try AssessmentStore.star(person.id, readable, db) ?? []).map(\.value)
                guard let latest = readings.last else { return [:] }
                let first = readings.count > 1 ? readings.first : nil
                return [
                    "hasStar": true, "latestOn": .string(latest.assessedOn.display), "firstOn": TemplateValue(first?.assessedOn.display),
                    "starSVG": .trustedHTML(StarChart(readings: readings, id: "my-star").svg()),
                    "areas": .array(StarArea.allCases.map { area in
                        let now = latest.score(area)
                        let before = first?.score(area)
                        return [
                            "title": .string(area.title), "score": .int(now), "stage": .string(latest.stage(area).title),
                            "before": TemplateValue(before), "up": .bool(before.map { now > $0 } ?? false),
                            "down": .bool(before.map { now < $0 } ?? false),
                        ]
                    }),
                ]
            }
        }
        routes.get(.myLooked) { context in
            try page(services, context, "me/looked", "Who has looked at my information") { person, db, _ in
                ["accessLog": .array(try services.accessLog.lines(for: person.id, limit: 200, names: db).map(SharingView.logLine))]
            }
        }
    }

    private static func mine(_ services: AppServices, _ context: RequestContext) throws -> IndividualRecord {
        let user = try context.signedInUser
        guard let person = try services.pool.read({ db in try IndividualStore.find(userID: user.id, db) }) else {
            throw AppError.notFound
        }
        return person
    }

    private static func page(
        _ services: AppServices, _ context: RequestContext, _ template: String, _ title: String,
        _ load: (IndividualRecord, Database, Readable) throws -> [String: TemplateValue]
    ) throws -> HTTPResponse {
        let person = try mine(services, context)
        let user = try context.signedInUser
        var values = try services.personalData.read(
            individualID: person.id, user: user, now: context.now, reason: "The person looked at their own page: \(title)"
        ) { db, readable in try load(person, db, readable) }
        values["person"] = PersonHeading.values(person)
        return try services.page(template, title: title, context, values)
    }
}
