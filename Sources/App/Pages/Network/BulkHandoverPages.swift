import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// When a trusted person leaves their role, walk through every person they were primary for,
/// each handed over to someone from their own network (someone away is not offered). Sickness
/// and leave are absences instead (`AbsencePages`).
enum BulkHandoverPages {
    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(Route.bulkHandover) { context, bulk in
            try page(services, context, FieldErrors(), erroredIndividual: nil)
        }
        routes.post(Route.proposeBulkHandover) { context, bulk in
            try propose(services, context)
        }
    }

    private static func load(_ services: AppServices, _ context: RequestContext) throws -> (id: Int64, person: TrustedPersonRecord, reason: EndReason, note: String) {
        let id = try context.parameter(BulkHandoverID.self).rawValue
        return try services.pool.read { db in
            guard let bulk = try HandoverStore.findBulk(id: id, db), let person = try TrustedPersonStore.find(id: bulk.trustedPersonID, db) else {
                throw AppError.notFound
            }
            return (id, person, bulk.reason, bulk.note)
        }
    }

    private static func propose(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let bulk = try load(services, context)
        let user = try context.signedInUser
        let input = SubmittedForm(context.form, fields: ["link", "incoming"], untrimmed: ["link", "incoming"])
        guard let linkID = Int64(input["link"]) else { throw AppError.badRequest("Choose whose handover this is.") }
        var errors = FieldErrors()
        guard let incoming = Int64(input["incoming"]) else {
            errors.add("incoming-\(linkID)", "Choose who will take over.")
            return try page(services, context, errors, erroredIndividual: linkID, status: .unprocessableContent)
        }
        do {
            try services.pool.write { db in
                guard let link = try TrustLinkStore.find(id: linkID, db), link.trustedPersonID == bulk.person.id else {
                    throw AppError.notFound
                }
                _ = try HandoverPages.propose(
                    services, individualID: link.individualID, outgoingLinkID: link.id, incoming: incoming,
                    whySomeoneNew: "", outcome: .end, bulkID: bulk.id, user: user, now: context.now, db)
            }
        } catch let error as DomainError {
            errors.add("incoming-\(linkID)", error.description)
            return try page(services, context, errors, erroredIndividual: linkID, status: .unprocessableContent)
        }
        return .redirect(to: Route.bulkHandover(BulkHandoverID(bulk.id)), notice: .handoverProposed)
    }

    private static func page(
        _ services: AppServices, _ context: RequestContext, _ errors: FieldErrors, erroredIndividual: Int64?,
        status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let bulk = try load(services, context)
        let (handovers, waiting, away) = try services.pool.read { db in
            let handovers = try HandoverStore.ids(forBulk: bulk.id, db).compactMap { try HandoverStore.find(id: $0, db) }
            let waiting = try TrustLinkStore.active(heldBy: bulk.person.id, db).filter { link in
                !handovers.contains { $0.outgoingLink.id == link.id && $0.stage != .cancelled }
            }
            return (handovers, waiting, try AbsenceStore.awayIDs(today: LondonTime.today(context.now), db))
        }
        let people = try services.personalData.readEach(
            individualIDs: Array(Set(handovers.map(\.individualID) + waiting.map(\.individualID))), user: try context.signedInUser,
            now: context.now, reason: "Listed on the handover of everyone \(bulk.person.name) walks alongside"
        ) { id, db, _ in (try IndividualStore.find(id: id, db), try TrustLinkStore.forIndividual(id, db)) }
        let byID = Dictionary(people.map { ($0.individualID, $0.value) }, uniquingKeysWith: { first, _ in first })
        var items: [TemplateValue] = handovers.map { handover in
            ["name": .string(byID[handover.individualID]?.0?.preferredName ?? ""), "handover": HandoverSummary.values(handover)]
        }
        for link in waiting {
            guard let (found, circle) = byID[link.individualID], let individual = found else { continue }
            let candidates = circle
                .filter { $0.status == .active && $0.trustedPersonID != bulk.person.id && !away.contains($0.trustedPersonID) }
                .sorted { ($0.role == .backup ? 0 : 1) < ($1.role == .backup ? 0 : 1) }
            items.append([
                "name": .string(individual.preferredName), "ref": .string(individual.ref), "individualID": .string(String(individual.id)),
                "newHandoverPath": .string(Route.newHandover(IndividualID(individual.id)).path + "?link=" + String(link.id)),
                "linkID": .string(String(link.id)), "role": .string(link.role.title),
                "error": TemplateValue(errors["incoming-\(link.id)"]),
                "candidates": .array(candidates.map { ["value": .string(String($0.trustedPersonID)), "title": .string("\($0.trustedPersonName) (\($0.role.title))")] }),
            ])
        }
        return try services.page(
            "network/bulk-handover", title: "Handing over for \(bulk.person.name)", context,
            ["bulkID": .string(String(bulk.id)), "proposePath": .string(Route.proposeBulkHandover(BulkHandoverID(bulk.id)).path), "leaver": TrustedPeoplePages.listValue(bulk.person), "reason": .string(bulk.reason.title),
             "note": .string(bulk.note), "items": .array(items), "hasErrors": .bool(!errors.isEmpty)],
            status: status)
    }
}
