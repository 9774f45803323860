import TemplateEngine

/// Whom the reader is dealing with, at the top of every page about one person: what every
/// related user sees, consent or not (PRODUCT.md: preferred name, reference, case status and
/// district). Nothing here belongs to a consent category.
enum PersonHeading {
    static func values(_ person: IndividualRecord) -> TemplateValue {
        [
            "id": .string(String(person.id)), "ref": .string(person.ref), "name": .string(person.preferredName),
            "district": .string(person.district.title), "countyGroup": .string(person.district.countyGroup.title),
            "status": .string(person.status.title), "statusSlug": .string(person.status.rawValue),
            "openedOn": TemplateValue(person.openedOn?.display), "closedOn": TemplateValue(person.closedOn?.display),
            "paths": PersonPaths.values(IndividualID(person.id)),
        ]
    }
}

/// One handover in a list: who from, who to, and where it has got to.
enum HandoverSummary {
    static func values(_ handover: HandoverRecord) -> TemplateValue {
        [
            "id": .string(String(handover.id)), "path": .string(Route.handover(HandoverID(handover.id)).path),
            "stepPath": .string(Route.handoverStep(HandoverID(handover.id)).path),
            "from": .string(handover.outgoingLink.trustedPersonName),
            "to": .string(handover.incomingName), "stage": .string(handover.stage.title),
            "finished": .bool(handover.stage.isFinished),
        ]
    }
}
