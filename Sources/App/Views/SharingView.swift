import Domain
import Foundation
import TemplateEngine

/// Template values for what an individual has told and agreed to share: story, plan,
/// consents, lawful basis and who has looked. Used by the record page and the individual's
/// own pages, so both say the same things the same way.
enum SharingView {
    static func values(
        person: IndividualRecord, story: [StoryEntry], hiddenStory: Int, plan: [PlanGoal]?, consents: [ConsentRecord],
        lawfulBasis: (holding: LawfulBasis, sharing: LawfulBasis, note: String)?, accessLog: [AccessLogLine],
        readable: Set<InformationCategory>, today: CalendarDate, chosenForOverride: Set<String> = []
    ) -> [String: TemplateValue] {
        [
            "story": .array(story.map { entry($0, of: IndividualID(person.id)) }),
            "hiddenStory": hiddenStory > 0 ? .string(hiddenStory == 1 ? "1 entry is not shared with you." : "\(hiddenStory) entries are not shared with you.") : .null,
            "planShared": .bool(plan != nil),
            "plan": .array((plan ?? []).map { goal($0, of: IndividualID(person.id)) }),
            "consents": .array(consents.map { consent($0, among: consents, today: today, of: IndividualID(person.id)) }),
            "lawfulBasis": lawfulBasis.map { basis in
                ["holding": .string(basis.holding.title), "sharing": .string(basis.sharing.title), "note": .string(basis.note),
                 "sharingIsConsent": .bool(basis.sharing == .consent)]
            } ?? .null,
            "accessLog": .array(accessLog.map { logLine($0) }),
            "readableCategories": .array(InformationCategory.allCases.filter(readable.contains).map { category in
                ["value": .string(category.rawValue), "title": .string(category.title)]
            }),
            "allCategories": .array(InformationCategory.allCases.map { category in
                ["value": .string(category.rawValue), "title": .string(category.title), "readable": .bool(readable.contains(category)),
                 "chosen": .bool(chosenForOverride.contains(category.rawValue))]
            }),
        ]
    }

    /// A story entry; with `person`, the address to amend it on their record.
    static func entry(_ entry: StoryEntry, of person: IndividualID? = nil) -> TemplateValue {
        [
            "entryID": .string(String(entry.latest.entryID)),
            "amendPath": TemplateValue(person.map { Route.amendStoryEntry($0, StoryEntryID(entry.latest.entryID)).path }), "category": .string(entry.latest.category.title),
            "categorySlug": .string(entry.latest.category.rawValue), "toldOn": .string(entry.latest.toldOn.display),
            "toldOnISO": .string(entry.latest.toldOn.iso), "body": .string(entry.latest.body),
            "by": TemplateValue(entry.latest.recordedBy), "version": .int(entry.latest.version),
            "byThePerson": .bool(entry.latest.byThePerson),
            "amended": .bool(entry.latest.version > 1),
            "earlier": .array(entry.earlier.map { version in
                ["version": .int(version.version), "body": .string(version.body), "toldOn": .string(version.toldOn.display),
                 "at": .string(LondonTime.format(version.recordedAt)), "by": TemplateValue(version.recordedBy)]
            }),
        ]
    }

    /// A goal and its steps; with `person`, the address each step's status is sent to.
    static func goal(_ goal: PlanGoal, of person: IndividualID? = nil) -> TemplateValue {
        [
            "id": .string(String(goal.id)), "goal": .string(goal.goal), "status": .string(goal.status),
            "active": .bool(goal.status == "active"), "byThePerson": .bool(goal.byThePerson),
            "steps": .array(goal.steps.map { step in
                ["id": .string(String(step.id)), "path": TemplateValue(person.map { Route.planStep($0, PlanStepID(step.id)).path }),
                 "step": .string(step.step), "who": .string(step.who), "byThePerson": .bool(step.byThePerson),
                 "due": TemplateValue(step.dueOn?.display), "status": .string(step.status), "done": .bool(step.status == "done"),
                 "statusChoices": Choices.of(PlanStore.stepStatuses.map { ($0, stepTitle($0)) }, selected: step.status)]
            }),
        ]
    }

    static func stepTitle(_ status: String) -> String {
        switch status {
        case "to-do": "To do"
        case "doing": "Under way"
        case "done": "Done"
        default: status
        }
    }

    /// A consent; its withdrawal and renewal addresses for the person (`/me`) and, with
    /// `person`, for a coordinator on the person's record. An expired consent offers renewal,
    /// never "stop sharing"; one due for review offers both. `among` are all the person's
    /// consents: one that a later consent to the same recipient has taken over is history.
    static func consent(
        _ record: ConsentRecord, among all: [ConsentRecord] = [], today: CalendarDate, of person: IndividualID? = nil
    ) -> TemplateValue {
        let grant = record.grant
        let state: String
        let superseded = ConsentReview.isSuperseded(grant, among: all.map(\.grant)) && !ConsentPolicy.isInForce(grant, today: today)
        let due = ConsentReview.isDue(grant, among: all.map(\.grant), today: today)
        if let withdrawn = grant.withdrawnOn {
            state = "Withdrawn on \(withdrawn.display)" + (record.withdrawnHow == "by-the-person" ? " by the person" : "")
        } else if grant.replacedBy != nil || superseded {
            state = "Renewed or changed since: kept as history"
        } else if ConsentPolicy.isExpired(grant, today: today) {
            state = "Expired: review was due \(grant.reviewBy.display). Nothing is shared until it is reviewed."
        } else {
            state = "In force until review on \(grant.reviewBy.display)" + (due ? ": review due" : "")
        }
        let id = ConsentID(grant.id)
        return [
            "id": .string(String(grant.id)), "recipient": .string(record.recipientName), "purpose": .string(record.purpose),
            "myWithdrawPath": .string(Route.withdrawMyConsent(id).path), "myRenewPath": .string(Route.renewMyConsent(id).path),
            "withdrawPath": TemplateValue(person.map { Route.withdrawConsent($0, id).path }),
            "renewPath": TemplateValue(person.map { Route.renewConsent($0, id).path }),
            "changePath": TemplateValue(person.map { Route.changeConsent($0, id).path }),
            "due": .bool(due), "open": .bool(ConsentReview.isOpen(grant) && !superseded),
            "replaced": .bool(grant.replacedBy != nil || superseded),
            "stoppable": .bool(ConsentPolicy.isInForce(grant, today: today)),
            "myState": .string(myState(grant, record, due: due, superseded: superseded, today: today)),
            "reviewBy": .string(grant.reviewBy.display),
            "words": .string(record.words),
            "categories": .string(InformationCategory.allCases.filter(grant.categories.contains).map(\.title).joined(separator: ", ")),
            "method": .string(record.howTitle), "givenOn": .string(grant.givenOn.display), "state": .string(state),
            "inForce": .bool(ConsentPolicy.isInForce(grant, today: today)), "withdrawn": .bool(grant.withdrawnOn != nil),
            "expired": .bool(ConsentPolicy.isExpired(grant, today: today)),
            "isCoordinationTeam": .bool(grant.recipient == .coordinationTeam),
        ]
    }

    /// A consent's state in the person's own words, for their sharing page.
    private static func myState(_ grant: ConsentGrant, _ record: ConsentRecord, due: Bool, superseded: Bool, today: CalendarDate) -> String {
        if let withdrawn = grant.withdrawnOn {
            return record.withdrawnHow == "by-the-person"
                ? "You stopped sharing on \(withdrawn.display)." : "Stopped on \(withdrawn.display), as you asked."
        }
        if grant.replacedBy != nil || superseded { return "You agreed again or changed this later." }
        if ConsentPolicy.isExpired(grant, today: today) {
            return "This ended on \(grant.reviewBy.display), when it was due to be looked at again. Nothing is shared now."
        }
        return "In place until \(grant.reviewBy.display)." + (due ? " It is time to look at it again." : "")
    }

    /// A line of the access log; `forThePerson` says it in the person's own words ("your").
    static func logLine(_ line: AccessLogLine, forThePerson: Bool = false) -> TemplateValue {
        let summaryOnly = forThePerson ? "Only your name and reference" : "their summary only"
        return [
            "at": .string(LondonTime.format(line.at)), "who": .string(line.who), "roles": .string(line.roles),
            "categories": .string(line.categories.isEmpty ? summaryOnly : line.categories.map(\.title).joined(separator: ", ")),
            "action": .string(line.action), "reason": .string(line.reason),
            "grants": .array(line.grants.map { ["text": .string(RoleGrantView.explanation($0))] }),
        ]
    }
}
