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
            try page(services, context, "me/index", "My page") { person, db, readable in
                ["due": try MyDueView.values(person, readable, today: context.today, db, services)]
            }
        }
        routes.get(.myStory) { context in
            try MyWordsPages.story(services, context, [:], FieldErrors())
        }
        routes.get(.myPlan) { context in
            try MyWordsPages.plan(services, context, [:], FieldErrors())
        }
        routes.get(.myCircle) { context in
            try MyCirclePages.circle(services, context)
        }
        routes.get(.mySharing) { context in
            try page(services, context, "me/sharing", "Who can see my information") { person, db, _ in
                let today = LondonTime.today(context.now)
                let consents = try ConsentStore.all(person.id, db)
                let circle = try MyConsentPages.choices(person, db)
                let grants = consents.map(\.grant)
                let current = { (record: ConsentRecord) in
                    ConsentReview.isOpen(record.grant)
                        && (ConsentPolicy.isInForce(record.grant, today: today) || !ConsentReview.isSuperseded(record.grant, among: grants))
                }
                return [
                    "consents": .array(consents.filter(current).map { SharingView.consent($0, among: consents, today: today) }),
                    "earlier": .array(consents.filter { !current($0) }.map { SharingView.consent($0, among: consents, today: today) }),
                    "canGive": .bool(!circle.isEmpty), "givePath": .string(Route.newMyConsent.path),
                ]
            }
        }
        routes.get(Route.withdrawMyConsent) { context, consent in
            let consentID = try context.parameter(ConsentID.self).rawValue
            return try page(services, context, "me/withdraw", "Stop sharing") { person, db, _ in
                let today = LondonTime.today(context.now)
                guard let consent = try ConsentStore.all(person.id, db).first(where: { $0.grant.id == consentID && ConsentPolicy.isInForce($0.grant, today: today) }) else {
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
        MyWordsPages.register(in: &routes, services)
        MyConsentPages.register(in: &routes, services)
        MyCirclePages.register(in: &routes, services)
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
                ["accessLog": .array(try services.accessLog.lines(for: person.id, limit: 200, names: db).map { SharingView.logLine($0, forThePerson: true) })]
            }
        }
    }

    /// The signed-in person's own record: the only record these pages ever reach (not found
    /// when the account is linked to none).
    static func mine(_ services: AppServices, _ context: RequestContext) throws -> IndividualRecord {
        let user = try context.signedInUser
        guard let person = try services.pool.read({ db in try IndividualStore.find(userID: user.id, db) }) else {
            throw AppError.notFound
        }
        return person
    }

    /// One of the person's own pages: their record read through the personal-data door (so the
    /// view is in their own access log), with `load`'s values and their heading.
    static func page(
        _ services: AppServices, _ context: RequestContext, _ template: String, _ title: String, status: HTTPStatus = .ok,
        _ load: (IndividualRecord, Database, Readable) throws -> [String: TemplateValue]
    ) throws -> HTTPResponse {
        let person = try mine(services, context)
        let user = try context.signedInUser
        var values = try services.personalData.read(
            individualID: person.id, user: user, now: context.now, reason: "The person looked at their own page: \(title)"
        ) { db, readable in try load(person, db, readable) }
        values["person"] = PersonHeading.values(person)
        return try services.page(template, title: title, context, values, status: status)
    }
}
