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
            return try contactForm(services, context, person, ["contact_on": LondonTime.today(context.now).iso, "kind": "in-person", "category": "notes"], FieldErrors())
        }
        routes.post(Route.contacts) { context, individual in
            try addContact(services, context)
        }
        routes.get(Route.newMeeting) { context, individual in
            let person = try services.personalData.person(context)
            return try meetingForm(services, context, person, ["held_on": LondonTime.today(context.now).iso], FieldErrors())
        }
        routes.post(Route.meetings) { context, individual in
            try addMeeting(services, context)
        }
    }

    private static func addContact(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let person = try services.personalData.person(context)
        let user = try context.signedInUser
        let fields = ["contact_on", "kind", "trusted_person_id", "services_involved", "category", "note"]
        let input = Dictionary(uniqueKeysWithValues: fields.map { ($0, (context.form[$0] ?? "").trimmingWhitespace()) })
        var errors = FieldErrors()
        let day = DateRules.required(input["contact_on"]!, field: "contact_on", today: LondonTime.today(context.now), into: &errors)
        if let day, let referred = person.referredOn.open(try context.individualAccess.readable), day < referred {
            errors.add("contact_on", "The date cannot be before the referral (\(referred.display)).")
        }
        let kind = ContactKind(rawValue: input["kind"]!)
        if kind == nil { errors.add("kind", "Choose how the contact happened.") }
        let readable = try context.individualAccess.readableCategories
        let category = InformationCategory(rawValue: input["category"]!)
        if category == nil {
            errors.add("category", "Choose what kind of information the note holds.")
        } else if let category, !readable.contains(category) {
            errors.add("category", "The person has not agreed to share \(category.title.lowercased()) information with you, so you cannot record it.")
        }
        if input["services_involved"]!.count > 500 { errors.add("services_involved", "Use 500 characters or fewer.") }
        if input["note"]!.isEmpty { errors.add("note", "Write a short note of the contact.") }
        if input["note"]!.count > 5000 { errors.add("note", "Keep the note to 5,000 characters or fewer.") }
        let trustedPersonID = Int64(input["trusted_person_id"]!)
        let circle = try services.pool.read { db in try TrustLinkStore.forIndividual(person.id, db) }
        if trustedPersonID != nil, !circle.contains(where: { $0.trustedPersonID == trustedPersonID }) {
            errors.add("trusted_person_id", "Choose someone from the person's circle.")
        }
        guard errors.isEmpty, let day, let kind, let category else {
            return try contactForm(services, context, person, input, errors, status: .unprocessableContent)
        }
        try services.pool.write { db in
            try ContactStore.addContact(
                individualID: person.id, on: day, kind: kind, trustedPersonID: trustedPersonID,
                servicesInvolved: input["services_involved"]!, category: category, note: input["note"]!, by: user.id,
                now: context.now, db)
        }
        return .redirect(to: Route.person(IndividualID(person.id)), notice: .contactAdded, fragment: "contacts")
    }

    private static func addMeeting(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let person = try services.personalData.person(context)
        let user = try context.signedInUser
        let input = ["held_on": (context.form["held_on"] ?? "").trimmingWhitespace(),
                     "other_organisations": (context.form["other_organisations"] ?? "").trimmingWhitespace(),
                     "coordinated_by": context.form["coordinated_by"] ?? "", "actions": (context.form["actions"] ?? "").trimmingWhitespace()]
        let chosen = context.form.values("organisations")
        var errors = FieldErrors()
        let day = DateRules.required(input["held_on"]!, field: "held_on", today: LondonTime.today(context.now), into: &errors)
        let organisations = try services.pool.read { db in try OrganisationStore.all(db) }
        let names = organisations.filter { chosen.contains(String($0.id)) }.map(\.name)
            + input["other_organisations"]!.split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        if names.isEmpty { errors.add("organisations", "Tick the organisations that were there, or name them.") }
        if input["actions"]!.count > 5000 { errors.add("actions", "Keep the actions to 5,000 characters or fewer.") }
        let coordinatedBy = Int64(input["coordinated_by"]!)
        guard errors.isEmpty, let day else {
            return try meetingForm(services, context, person, input, errors, chosen: Set(chosen), status: .unprocessableContent)
        }
        try services.pool.write { db in
            try ContactStore.addMeeting(
                individualID: person.id, on: day, organisationsPresent: names.joined(separator: ", "), coordinatedBy: coordinatedBy,
                actions: input["actions"]!, by: user.id, now: context.now, db)
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
