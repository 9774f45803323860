import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// The dated contact log (coordinators, and trusted persons while linked) and the record of
/// multi-agency meetings (coordinators).
enum ContactPages {
    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(Route.newContact) { context, individual in
            let person = try services.personalData.person(context)
            return try contactForm(services, context, person, ["contact_on": LondonTime.today(context.now).typedText, "kind": "in-person", "category": "notes"], FieldErrors())
        }
        routes.post(Route.contacts) { context, individual in
            try addContact(services, context)
        }
        routes.get(Route.newMeeting) { context, individual in
            let person = try services.personalData.person(context)
            return try meetingForm(services, context, person, ["held_on": LondonTime.today(context.now).typedText], FieldErrors())
        }
        routes.post(Route.meetings) { context, individual in
            try addMeeting(services, context)
        }
    }

    private static func addContact(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let person = try services.personalData.person(context)
        let user = try context.signedInUser
        let input = ContactForm.submitted(context.form)
        let circle = try services.pool.read { db in try TrustLinkStore.forIndividual(person.id, db) }
        var errors = input.controlCharacterErrors
        guard let contact = ContactForm.decode(
            input, today: context.today, referredOn: person.referredOn.open(try context.individualAccess.readable),
            readable: try context.individualAccess.readableCategories, circle: Set(circle.map(\.trustedPersonID)), into: &errors)
        else {
            return try contactForm(services, context, person, input.text, errors, status: .unprocessableContent)
        }
        try services.pool.write { db in
            try ContactStore.addContact(
                individualID: person.id, on: contact.on, kind: contact.kind, trustedPersonID: contact.trustedPersonID,
                servicesInvolved: contact.servicesInvolved, category: contact.category, note: contact.note, by: user.id,
                now: context.now, db)
        }
        return .redirect(to: Route.person(IndividualID(person.id)), notice: .contactAdded, fragment: "contacts")
    }

    private static func addMeeting(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let person = try services.personalData.person(context)
        let user = try context.signedInUser
        let input = MeetingForm.submitted(context.form)
        let ticked = context.form.values("organisations")
        let organisations = try services.pool.read { db in try OrganisationStore.all(db) }
        var errors = input.controlCharacterErrors
        guard let meeting = MeetingForm.decode(
            input, ticked: ticked, known: organisations.map { ($0.id, $0.name) }, today: context.today, into: &errors)
        else {
            return try meetingForm(services, context, person, input.text, errors, chosen: Set(ticked), status: .unprocessableContent)
        }
        try services.pool.write { db in
            try ContactStore.addMeeting(
                individualID: person.id, on: meeting.heldOn, organisationsPresent: meeting.organisationsPresent.joined(separator: ", "),
                coordinatedBy: meeting.coordinatedBy, actions: meeting.actions, by: user.id, now: context.now, db)
        }
        return .redirect(to: Route.person(IndividualID(person.id)), notice: .meetingAdded, fragment: "meetings")
    }

    private static func contactForm(
        _ services: AppServices, _ context: RequestContext, _ person: IndividualRecord, _ input: [String: String],
        _ errors: FieldErrors, status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let circle = try services.pool.read { db in try TrustLinkStore.forIndividual(person.id, db) }
        let readable = try context.individualAccess.readableCategories
        var values = FormView.values(input, errors)
        values["person"] = PersonHeading.values(person)
        values["kinds"] = Choices.of(ContactKind.self, selected: input["kind"]) { $0.title }
        values["categories"] = Choices.of(
            InformationCategory.allCases.filter(readable.contains).map { ($0.rawValue, $0.title) }, selected: input["category"])
        values["circle"] = Choices.of(
            circle.filter { $0.status == .active }.map { (String($0.trustedPersonID), $0.trustedPersonName) }, selected: input["trusted_person_id"])
        return try services.page("people/contact-form", title: "Record a contact with \(person.preferredName)", context, values, status: status)
    }

    private static func meetingForm(
        _ services: AppServices, _ context: RequestContext, _ person: IndividualRecord, _ input: [String: String],
        _ errors: FieldErrors, chosen: Set<String> = [], status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let (circle, organisations) = try services.pool.read { db in
            (try TrustLinkStore.forIndividual(person.id, db), try OrganisationStore.all(db))
        }
        var values = FormView.values(input, errors)
        values["person"] = PersonHeading.values(person)
        values["organisations"] = .array(organisations.map {
            ["value": .string(String($0.id)), "title": .string($0.name), "checked": .bool(chosen.contains(String($0.id)))]
        })
        values["circle"] = Choices.of(
            circle.filter { $0.status == .active }.map { (String($0.trustedPersonID), $0.trustedPersonName) }, selected: input["coordinated_by"])
        return try services.page("people/meeting-form", title: "Record a meeting about \(person.preferredName)", context, values, status: status)
    }
}
