import Domain
import HTTP

extension TrustedPeoplePages {
    /// The page asked before "Start the handover of everyone": whose back-up and trusted links
    /// end at once, and who is then handed over one by one (issue 15: one click used to do it).
    static func confirmLeaving(
        _ services: AppServices, _ context: RequestContext, _ person: TrustedPersonRecord, reason: EndReason
    ) throws -> HTTPResponse {
        let held = try services.pool.read { db in try TrustLinkStore.active(heldBy: person.id, db) }
        let people = try services.personalData.readEach(
            individualIDs: held.map(\.individualID), user: try context.signedInUser, now: context.now,
            reason: "Listed before the handover of everyone \(person.name) walks alongside"
        ) { id, db, _ in try IndividualStore.find(id: id, db) }
        let names = Dictionary(people.compactMap { entry in entry.value.map { (entry.individualID, "\($0.preferredName) (\($0.ref))") } },
                               uniquingKeysWith: { first, _ in first })
        func list(_ links: [TrustLinkRecord]) -> String {
            links.compactMap { names[$0.individualID] }.joined(separator: ", ")
        }
        let ending = held.filter { $0.role == .backup || $0.role == .trusted }
        let handedOver = held.filter { !($0.role == .backup || $0.role == .trusted) }
        var happens: [String] = []
        if reason == .leftRole {
            happens.append("\(person.name) is recorded as having left their role today, \(LondonTime.today(context.now).display).")
        }
        happens.append(ending.isEmpty
            ? "\(person.name) holds no back-up or trusted links, so none end now."
            : "\(person.name)'s back-up and trusted links end today, with \(ending.count) \(ending.count == 1 ? "person" : "people"): \(list(ending)).")
        happens.append(handedOver.isEmpty
            ? "Nobody is waiting for a handover from \(person.name)."
            : "Then each of the \(handedOver.count) \(handedOver.count == 1 ? "person" : "people") they walk alongside as primary or interim is handed over, one by one, to someone from their own network: \(list(handedOver)).")
        return try Confirmation(
            question: "Start the handover of everyone \(person.name) walks alongside?",
            happens: happens,
            permanence: "Ended links stay in each circle as history; a link that should go on has to be added again.",
            button: "Yes, start the handover", action: .trustedPersonLeaving(TrustedPersonID(person.id)),
            back: Route.trustedPerson(TrustedPersonID(person.id)).path, fields: Confirmation.carried(context)
        ).render(services, context)
    }
}
