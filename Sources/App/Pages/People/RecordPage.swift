import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// The individual's record: summary, eligibility, circle of trust (picture and table),
/// handovers, contacts, meetings and the case history. Only reached through
/// `Access.individualRecord`, so the access policy has already allowed the read.
enum RecordPage {
    /// Everything the page shows beyond the summary, read in one snapshot.
    struct RecordData {
        let links: [TrustLinkRecord]
        let unsafe: [(trustedPersonID: Int64, name: String, reason: String, by: String?, at: Date)]
        let differentPeople: [DifferentPersonConfirmation]
        let handovers: [HandoverRecord]
        let contacts: [ContactRecord]
        let hiddenContacts: Int
        let meetings: [MeetingRecord]?
        let story: [StoryEntry]
        let hiddenStory: Int
        let plan: [PlanGoal]?
        let consents: [ConsentRecord]
        let lawfulBasis: (holding: LawfulBasis, sharing: LawfulBasis, note: String)?
        let accessLog: [AccessLogLine]
        let history: [StatusEvent]
        let readable: Set<InformationCategory>
        /// Discussions about the person, by trusted person (the circle's picture).
        let discussions: [Int64: Int64]
        /// Absences in progress today, by trusted person.
        let away: [Int64: (absence: Absence, name: String)]
        /// The day of the person's latest experience survey (the "survey due" line).
        let lastSurvey: CalendarDate?
    }

    static func render(
        _ services: AppServices, _ context: RequestContext, errors: FieldErrors = FieldErrors(), status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let user = try context.signedInUser
        let individualID = try context.individualAccess.id.rawValue
        let readable = try context.individualAccess.readable
        let loaded = try services.personalData.read(context, reason: "Opened the record page") { db, readable -> (IndividualRecord, RecordData)? in
            guard let person = try IndividualStore.find(id: individualID, db) else { return nil }
            let contacts = try ContactStore.contacts(person.id, db)
            let shownContacts = contacts.filter { readable.allows($0.category) }
            let story = try StoryStore.entries(person.id, readable, db)
            return (person, RecordData(
                links: try TrustLinkStore.forIndividual(person.id, db),
                unsafe: readable.allows(.safety) ? try TrustLinkStore.unsafeMarkings(person.id, db) : [],
                differentPeople: readable.allows(.safety) ? try UnsafeIdentityStore.confirmations(person.id, db) : [],
                handovers: readable.allows(.notes)
                    ? try HandoverStore.ids(forIndividual: person.id, db).compactMap { try HandoverStore.find(id: $0, db) } : [],
                contacts: shownContacts, hiddenContacts: contacts.count - shownContacts.count,
                meetings: readable.allows(.notes) ? try ContactStore.meetings(person.id, db) : nil,
                story: story.shown, hiddenStory: story.hidden,
                plan: try PlanStore.goals(person.id, readable, db),
                consents: user.may(.workCaseload) ? try ConsentStore.all(person.id, db) : [],
                lawfulBasis: try ConsentStore.lawfulBasis(person.id, db),
                accessLog: user.may(.workCaseload) ? try services.accessLog.lines(for: person.id, limit: 30, names: db) : [],
                history: readable.allows(.notes) ? try IndividualStore.statusHistory(person.id, db) : [],
                readable: readable.categories,
                discussions: try DiscussionStore.byTrustedPerson(individualID: person.id, db),
                away: try AbsenceStore.current(today: LondonTime.today(context.now), db),
                lastSurvey: try SurveyStore.lastAnsweredOn(person.id, db)
            ))
        }
        guard let (person, data) = loaded else { throw AppError.notFound }
        let today = LondonTime.today(context.now)
        let kept = ["to_status", "closure_reason", "note", "reason", "email"]
        let typed = { (name: String) in context.form[name].map(SubmittedForm.removingControlCharacters) }
        var input = Dictionary(uniqueKeysWithValues: kept.map { ($0, typed($0) ?? "") })
        input["on"] = typed("on") ?? today.typedText
        var values = FormView.values(input, errors)
        values["exceptionInput"] = .string(typed("exception_reason") ?? (person.eligibilityException.open(readable) ?? nil) ?? "")
        values["person"] = PersonHeading.values(person)
        values["details"] = details(person, readable)
        values["canWork"] = .bool(user.may(.workCaseload))
        values["back"] = backLink(user)
        let eligibility = person.eligibility(readable)
        values["eligibility"] = eligibility.map { eligibility in
            ["summary": .string(eligibility.summary), "eligible": .bool(eligibility.isEligible),
             "exception": TemplateValue(eligibility.exceptionReason)]
        } ?? .null
        values["disadvantages"] = .array(Disadvantage.allCases.map { kind in
            let shared = readable.categories.contains(kind.category)
            return ["title": .string(kind.title), "shared": .bool(shared),
                    "on": TemplateValue(person.disadvantages[kind]?.open(readable)?.display)]
        })
        values["statusChoices"] = .array(CaseStatus.allCases.filter(person.status.canChange).map { next in
            ["value": .string(next.rawValue), "title": .string(actionTitle(from: person.status, to: next))]
        })
        values["canChangeStatus"] = .bool(CaseStatus.allCases.contains(where: person.status.canChange))
        values["closureReasons"] = Choices.of(ClosureReason.self, selected: context.form["closure_reason"]) { $0.title }
        values["circle"] = CircleView.values(
            person: person, links: data.links, unsafe: Set(data.unsafe.map(\.trustedPersonID)),
            discussions: data.discussions)
        let active = data.links.filter { $0.status != .ended }
        values["links"] = .array(active.map { linkValue($0, readable) })
        values["endedLinks"] = .array(data.links.filter { $0.status == .ended }.map { linkValue($0, readable) })
        values["endReasons"] = Choices.of(EndReason.self, selected: nil) { $0.title }
        values["needsTrustedPerson"] = .bool(person.status == .open && TrustLinkRules.needsTrustedPerson(data.links.map(\.existing)))
        values["hasInterim"] = .bool(data.links.contains { $0.status == .active && $0.role == .interim })
        values["absence"] = AbsenceView.values(
            links: data.links.map(\.existing), away: data.away)
        values["unsafe"] = .array(data.unsafe.map { marking in
            ["name": .string(marking.name), "reason": .string(marking.reason), "by": TemplateValue(marking.by),
             "at": .string(LondonTime.format(marking.at))]
        })
        values["differentPeople"] = .array(data.differentPeople.map { confirmation in
            ["name": .string(confirmation.trustedPersonName), "marked": .string(confirmation.markedName), "note": .string(confirmation.note),
             "by": TemplateValue(confirmation.confirmedBy), "at": .string(LondonTime.format(confirmation.confirmedAt))]
        })
        values["handovers"] = .array(data.handovers.map { HandoverSummary.values($0) })
        values["contacts"] = .array(data.contacts.map { contact in
            ["on": .string(contact.contactOn.display), "onISO": .string(contact.contactOn.iso), "kind": .string(contact.kind.title), "with": TemplateValue(contact.trustedPersonName),
             "services": .string(contact.servicesInvolved), "category": .string(contact.category.title), "note": .string(contact.note),
             "by": TemplateValue(contact.recordedBy)]
        })
        values["hiddenContacts"] = data.hiddenContacts == 0 ? .null
            : .string(data.hiddenContacts == 1 ? "1 contact is not shared with you." : "\(data.hiddenContacts) contacts are not shared with you.")
        values["meetingsShared"] = .bool(data.meetings != nil)
        values["meetings"] = .array((data.meetings ?? []).map { meeting in
            ["on": .string(meeting.heldOn.display), "onISO": .string(meeting.heldOn.iso), "organisations": .string(meeting.organisationsPresent),
             "coordinatedBy": TemplateValue(meeting.coordinatedBy), "actions": .string(meeting.actions), "by": TemplateValue(meeting.recordedBy)]
        })
        values.merge(SharingView.values(
            person: person, story: data.story, hiddenStory: data.hiddenStory, plan: data.plan, consents: data.consents,
            lawfulBasis: data.lawfulBasis, accessLog: data.accessLog, readable: data.readable, today: today,
            chosenForOverride: Set(context.form.values("categories")))) { $1 }
        values["hasAccount"] = .bool(person.userID != nil)
        values["survey"] = try SurveyDueView.recordValues(person, context, lastAnsweredOn: data.lastSurvey, today: today)
        let holding = typed("holding").flatMap(LawfulBasis.init(rawValue:))
        let sharing = typed("sharing").flatMap(LawfulBasis.init(rawValue:))
        values["lawfulBases"] = .array(LawfulBasis.allCases.map { basis in
            ["value": .string(basis.rawValue), "title": .string(basis.title),
             "holding": .bool((holding ?? data.lawfulBasis?.holding) == basis), "sharing": .bool((sharing ?? data.lawfulBasis?.sharing) == basis)]
        })
        values["basisNoteInput"] = .string(typed("basis_note") ?? data.lawfulBasis?.note ?? "")
        values["history"] = .array(data.history.map { event in
            ["status": .string(event.status.title), "on": .string(event.effectiveOn.display), "onISO": .string(event.effectiveOn.iso),
             "reason": TemplateValue(event.status == .closed ? ClosureReason.title(of: event.closureReason) : event.closureReason?.title), "note": .string(event.note), "by": TemplateValue(event.recordedBy),
             "at": .string(LondonTime.format(event.recordedAt))]
        })
        values["corrections"] = CorrectionView.values(try services.personalData.read(context) { db, readable in
            try CorrectionStore.corrections(person.id, readable, db)
        })
        values["contents"] = contents(person, data, ContentsFacts(
            canWork: user.may(.workCaseload), canChangeStatus: CaseStatus.allCases.contains(where: person.status.canChange),
            survey: values["survey"] ?? .null))
        values.merge(foldedSections(values)) { $1 }
        return try services.page("people/record", title: "\(person.preferredName) (\(person.ref))", context, values, status: status)
    }

    /// Where "Back" leads from a record: the list this reader came from (issue 15: a trusted
    /// person's "Back to the caseload" led to a page they may not open).
    static func backLink(_ user: CurrentUser) -> TemplateValue {
        if user.may(.workCaseload) { return ["path": .string(Route.caseload.path), "title": .string("Back to the caseload")] }
        if user.may(.viewPeopleWalkedAlongside) {
            return ["path": .string(Route.alongside.path), "title": .string("Back to the people I walk alongside")]
        }
        return ["path": .string(Route.home.path), "title": .string("Back to my home page")]
    }

    /// The rest of the summary, each item only when the reader may see its category.
    static func details(_ person: IndividualRecord, _ readable: Readable) -> TemplateValue {
        let hidden = [person.referredOn.category, person.dateOfBirth.category].filter { !readable.categories.contains($0) }
        return [
            "referredOn": TemplateValue(person.referredOn.open(readable)?.display),
            "referralSource": TemplateValue(person.referralSource.open(readable) ?? nil),
            "cohortGroup": TemplateValue(person.cohortGroup.open(readable)?.title),
            "closureReason": TemplateValue(person.closureReason.open(readable).map { ClosureReason.title(of: $0) }),
            "legalName": TemplateValue(person.legalName.open(readable) ?? nil),
            "dateOfBirth": TemplateValue((person.dateOfBirth.open(readable) ?? nil)?.display),
            "notShared": .bool(!hidden.isEmpty),
        ]
    }

    /// A link in the circle: who and in what role for everyone who may open the record; the
    /// person's own words only with `story`, the discussion notes only with `notes`.
    /// The addresses of a link's actions, printed from the typed routes.
    static func linkPaths(_ link: TrustLinkRecord) -> TemplateValue {
        let person = IndividualID(link.individualID), id = TrustLinkID(link.id)
        return [
            "activate": .string(Route.activateLink(person, id).path), "confirm": .string(Route.confirmLink(person, id).path),
            "end": .string(Route.endLink(person, id).path),
            "handover": .string(Route.newHandover(person).path + "?link=" + id.pathSegment),
        ]
    }

    static func linkValue(_ link: TrustLinkRecord, _ readable: Readable) -> TemplateValue {
        [
            "id": .string(String(link.id)), "name": .string(link.trustedPersonName), "kind": .string(link.kind.title),
            "paths": linkPaths(link),
            "organisation": TemplateValue(link.organisationName), "role": .string(link.role.title),
            "roleSlug": .string(link.role.rawValue), "status": .string(link.status.title),
            "proposed": .bool(link.status == .proposed), "active": .bool(link.status == .active),
            "confirmed": .bool(link.confirmed),
            "howItCameAbout": .string(readable.allows(.notes) ? link.howItCameAbout : ""),
            "words": .string(readable.allows(.story) ? link.individualsWords : ""),
            "introducedBy": TemplateValue(link.introducedByName),
            "startedOn": .string(link.startedOn.display), "endedOn": TemplateValue(link.endedOn?.display),
            "endReason": TemplateValue(link.endReason?.title),
        ]
    }

    private static func actionTitle(from current: CaseStatus, to next: CaseStatus) -> String {
        switch (current, next) {
        case (.closed, .open): "Reopen the case"
        case (_, .open): "Open the case"
        case (_, .closed): "Close the case"
        default: next.title
        }
    }
}
