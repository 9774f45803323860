import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// The trusted person's home: the people they walk alongside (active links only), each with
/// their last contact. The next plan step arrives with the plan.
enum AlongsidePage {
    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get("/alongside", .permission(.viewPeopleWalkedAlongside)) { context in
            let user = try context.signedInUser
            let people = try services.pool.read { db -> [TemplateValue] in
                guard let me = try TrustedPersonStore.find(userID: user.id, db) else { return [] }
                let links = try TrustLinkStore.active(heldBy: me.id, db)
                let lastContacts = try ContactStore.lastContactDates(links.map(\.individualID), db)
                return try links.compactMap { link in
                    guard let person = try IndividualStore.find(id: link.individualID, db) else { return nil }
                    return [
                        "id": .string(String(person.id)), "ref": .string(person.ref), "name": .string(person.preferredName),
                        "role": .string(link.role.title), "lastContact": TemplateValue(lastContacts[person.id]?.display),
                    ]
                }
            }
            return try services.page("alongside", title: "People I walk alongside", context, ["people": .array(people)])
        }
    }
}
