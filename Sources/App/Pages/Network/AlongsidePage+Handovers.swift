import Domain
import Foundation
import TemplateEngine

extension AlongsidePage {
    /// The handovers waiting for this trusted person's acceptance, each with whom it is about
    /// and who hands over; the listing is logged (names only, no category content).
    static func waitingHandovers(_ services: AppServices, _ user: CurrentUser, now: Date) throws -> TemplateValue {
        let waiting = try services.pool.read { db -> [(HandoverRecord, IndividualRecord)] in
            guard let me = try TrustedPersonStore.find(userID: user.id, db) else { return [] }
            return try HandoverStore.waitingFor(trustedPersonID: me.id, db).compactMap { id in
                guard let handover = try HandoverStore.find(id: id, db),
                      let person = try IndividualStore.find(id: handover.individualID, db) else { return nil }
                return (handover, person)
            }
        }
        guard !waiting.isEmpty else { return .null }
        try services.personalData.logListing(
            individualIDs: waiting.map(\.1.id), user: user, now: now, reason: "Listed as a handover waiting for acceptance")
        return .array(waiting.map { handover, person in
            ["id": .string(String(handover.id)), "path": .string(Route.handover(HandoverID(handover.id)).path), "name": .string(person.preferredName), "from": .string(handover.outgoingLink.trustedPersonName)]
        })
    }
}
