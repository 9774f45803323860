import TemplateEngine

/// The addresses of one person's record and everything recorded on it, printed from the typed
/// routes, for templates (`{{person.paths.edit}}`): no template builds a path from strings.
enum PersonPaths {
    static func values(_ id: IndividualID) -> TemplateValue {
        var paths: [String: Route] = [
            "record": .person(id), "progress": .progress(id), "edit": .editPerson(id), "status": .caseStatus(id),
            "eligibility": .eligibility(id), "account": .personAccount(id), "newHandover": .newHandover(id), "handovers": .handovers(id),
            "newConsent": .newConsent(id), "consents": .consents(id), "lawfulBasis": .lawfulBasis(id),
            "override": .safeguardingOverride(id), "newStory": .newStoryEntry(id), "story": .story(id), "newPlan": .newPlanGoal(id),
            "plan": .plan(id), "newContact": .newContact(id), "contacts": .contacts(id), "newMeeting": .newMeeting(id),
            "meetings": .meetings(id), "newLink": .newLink(id), "links": .links(id), "unsafe": .unsafeMarkings(id),
            "interim": .interimCover(id), "survey": .personSurvey(id), "questions": .circleQuestions(id),
        ]
        for tool in AssessmentTool.allCases {
            paths["new_" + tool.rawValue] = .newAssessment(id, tool)
        }
        for kind in QuarterRecordKind.allCases {
            paths["new_" + kind.rawValue.replacingOccurrences(of: "-", with: "_")] = .newQuarterRecord(id, kind)
        }
        return .dictionary(paths.mapValues { .string($0.path) })
    }
}
