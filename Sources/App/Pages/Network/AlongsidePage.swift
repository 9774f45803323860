import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// The trusted person's home: the people they walk alongside (active links only), each on a
/// card (`AlongsidePage+Card`) with what the person shares with them.
enum AlongsidePage {
    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(.alongside) { context in
            let user = try context.signedInUser
            let (me, links) = try services.pool.read { db -> (TrustedPersonRecord?, [TrustLinkRecord]) in
                guard let me = try TrustedPersonStore.find(userID: user.id, db) else { return (nil, []) }
                return (me, try TrustLinkStore.active(heldBy: me.id, db))
            }
            let today = LondonTime.today(context.now)
            let rows = try services.personalData.readEach(
                individualIDs: links.map(\.individualID), user: user, now: context.now, reason: "Listed on People I walk alongside"
            ) { id, db, readable -> TemplateValue? in
                guard let me, let person = try IndividualStore.find(id: id, db), let link = links.first(where: { $0.individualID == id }) else {
                    return nil
                }
                return try card(person, link: link, me: me, today: today, db, readable)
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
