import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// The trusted person's home: the people they walk alongside (active links only), each with
/// the next step of their plan and the last contact, where the person shares those with them.
enum AlongsidePage {
    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(.alongside) { context in
            let user = try context.signedInUser
            let links = try services.pool.read { db -> [TrustLinkRecord] in
                guard let me = try TrustedPersonStore.find(userID: user.id, db) else { return [] }
                return try TrustLinkStore.active(heldBy: me.id, db)
            }
            let rows = try services.personalData.readEach(
                individualIDs: links.map(\.individualID), user: user, now: context.now, reason: "Listed on People I walk alongside"
            ) { id, db, readable -> TemplateValue? in
                guard let person = try IndividualStore.find(id: id, db), let link = links.first(where: { $0.individualID == id }) else {
                    return nil
                }
                let contacts = try ContactStore.contacts(id, db).filter { readable.allows($0.category) }
                let next = try PlanStore.nextStep(id, readable, db)
                return [
                    "id": .string(String(person.id)), "path": .string(Route.person(IndividualID(person.id)).path), "ref": .string(person.ref), "name": .string(person.preferredName),
                    "role": .string(link.role.title), "lastContact": TemplateValue(contacts.first?.contactOn.display),
                    "nextStep": next.map { step in
                        ["step": .string(step.step), "who": .string(step.who), "due": TemplateValue(step.dueOn?.display)]
                    } ?? .null,
                ]
            }
            let people = rows.compactMap(\.value)
            let requests = try services.pool.read { db in try HelpRequestStore.asked(by: user.id, db) }.filter { $0.status != .closed }
            return try services.page("alongside", title: "People I walk alongside", context, [
                "people": .array(people), "handovers": try waitingHandovers(services, user, now: context.now),
                "requests": .array(requests.map(HelpRequestView.summary)),
            ])
        }
    }
}
