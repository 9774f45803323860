import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// The champion's home ("my organisation"): the organisation's pledge and its renewal, each
/// trusted person with how many people they walk alongside and whether they are in a handover,
/// absent or carrying interim cover, invitations waiting, and open requests for help. Counts
/// and states only: never an individual's details through this role (PRODUCT.md, "Roles").
enum OrganisationPage {
    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(.organisation) { context in
            try home(services, context)
        }
        routes.get(.renewPledge) { context in
            let organisation = try ownOrganisation(services, context)
            return try renewalForm(services, context, organisation, ["signed_on": context.today.typedText], FieldErrors())
        }
        routes.post(.renewPledge) { context in
            try renew(services, context)
        }
    }

    /// The champion's organisation; a champion with none is sent to the home, which explains.
    static func ownOrganisation(_ services: AppServices, _ context: RequestContext) throws -> OrganisationRecord {
        let user = try context.signedInUser
        guard let id = user.organisationID, let organisation = try services.pool.read({ db in try OrganisationStore.find(id: id, db) }) else {
            throw AppError.badRequest("Your account is not linked to an organisation. Ask a manager to link it.")
        }
        return organisation
    }

    private static func home(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let user = try context.signedInUser
        guard let organisationID = user.organisationID else {
            return try services.page("champions/organisation", title: "My organisation", context, ["organisation": .null])
        }
        let today = context.today
        let found = try services.pool.read { db in
            (try OrganisationStore.find(id: organisationID, db), try PledgeStore.pledge(organisationID: organisationID, db),
             try OrganisationLoadStore.load(organisationID: organisationID, today: today, db),
             try HelpRequestStore.forChampion(organisationID: organisationID, db),
             try InvitationStore.pending(organisationID: organisationID, db),
             try trainingValue(organisationID: organisationID, today: today, db))
        }
        guard let organisation = found.0 else { throw AppError.notFound }
        let (pledge, load, requests, invitations) = (found.1, found.2, found.3, found.4)
        let open = requests.filter { $0.status != .closed }
        return try services.page(
            "champions/organisation", title: organisation.name, context,
            [
                "organisation": ["name": .string(organisation.name), "sector": .string(organisation.sector.title)],
                "pledge": pledgeValue(pledge, today: today),
                "trustedPersons": .array(load.map(loadValue)),
                "totals": [
                    "people": .int(load.reduce(0) { $0 + $1.person.activeLinks }),
                    "inHandover": .int(load.filter { $0.handoversInProgress > 0 }.count),
                    "absent": .int(load.filter { $0.absence != nil }.count),
                    "coveringInterim": .int(load.filter { $0.interimCover > 0 }.count),
                ],
                "requests": .array(open.map(HelpRequestView.summary)),
                "training": found.5,
                "invitations": .array(invitations.map { invitation in
                    ["name": .string(invitation.displayName), "on": .string(LondonTime.format(invitation.invitedAt))]
                }),
            ])
    }

    /// The pledge as the home and the network page show it.
    static func pledgeValue(_ pledge: Pledge?, today: CalendarDate) -> TemplateValue {
        let state = Pledge.state(pledge, today: today)
        var value: [String: TemplateValue] = ["state": .string(state.title), "stateKey": .string(state.rawValue)]
        if let pledge {
            value["signedOn"] = .string(pledge.signedOn.display)
            value["signedBy"] = TemplateValue(pledge.signedBy)
            value["renewalDue"] = .string(pledge.renewalDue.display)
        }
        return .dictionary(value)
    }

    private static func loadValue(_ load: TrustedPersonLoad) -> TemplateValue {
        let person = load.person
        return [
            "name": .string(person.name), "kind": .string(person.kind.title), "paid": .string(person.paid.title),
            "load": .int(person.activeLinks), "hasAccount": .bool(person.userID != nil),
            "left": TemplateValue(person.leftRoleOn?.display),
            "handovers": load.handoversInProgress > 0 ? .int(load.handoversInProgress) : .null,
            "absence": TemplateValue(load.absence.map { "\($0.kind.title) until \($0.expectedReturn.display)" }),
            "interim": load.interimCover > 0 ? .int(load.interimCover) : .null,
        ]
    }

    private static func renewalForm(
        _ services: AppServices, _ context: RequestContext, _ organisation: OrganisationRecord, _ input: [String: String],
        _ errors: FieldErrors, status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let pledge = try services.pool.read { db in try PledgeStore.pledge(organisationID: organisation.id, db) }
        var values = FormView.values(input, errors)
        values["organisation"] = .string(organisation.name)
        values["pledge"] = pledgeValue(pledge, today: context.today)
        values["confirmed"] = .bool(input["confirm"] == "yes")
        return try services.page("champions/pledge", title: "Renew the champions' pledge", context, values, status: status)
    }

    private static func renew(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let organisation = try ownOrganisation(services, context)
        let input = PledgeRenewalForm.submitted(context.form)
        let previous = try services.pool.read { db in try PledgeStore.pledge(organisationID: organisation.id, db) }
        var errors = input.controlCharacterErrors
        guard let renewal = PledgeRenewalForm.decode(input, previous: previous, today: context.today, into: &errors) else {
            return try renewalForm(services, context, organisation, input.text, errors, status: .unprocessableContent)
        }
        try services.pool.write { db in
            try PledgeStore.renew(
                organisationID: organisation.id, signedOn: renewal.signedOn, signedBy: renewal.signedBy, by: try context.signedInUser.id,
                now: context.now, db)
        }
        return .redirect(to: Route.organisation, notice: .pledgeRenewed)
    }
}
