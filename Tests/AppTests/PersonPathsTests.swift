import Testing

@testable import App
@testable import TemplateEngine

/// The person's addresses handed to templates, now built from a table worked out once.
@Suite struct PersonPathsTests {
    @Test func everyNameGivesItsRoutesPathForThatPerson() throws {
        for id in [IndividualID(1), IndividualID(5_000)] {
            guard case .dictionary(let paths) = PersonPaths.values(id) else {
                Issue.record("not a dictionary")
                return
            }
            let expected: [String: Route] = [
                "record": .person(id), "progress": .progress(id), "edit": .editPerson(id), "status": .caseStatus(id),
                "eligibility": .eligibility(id), "account": .personAccount(id), "newHandover": .newHandover(id),
                "handovers": .handovers(id), "newConsent": .newConsent(id), "consents": .consents(id),
                "lawfulBasis": .lawfulBasis(id), "override": .safeguardingOverride(id), "newStory": .newStoryEntry(id),
                "story": .story(id), "newPlan": .newPlanGoal(id), "plan": .plan(id), "newContact": .newContact(id),
                "contacts": .contacts(id), "newMeeting": .newMeeting(id), "meetings": .meetings(id), "newLink": .newLink(id),
                "links": .links(id), "unsafe": .unsafeMarkings(id), "interim": .interimCover(id), "survey": .personSurvey(id),
                "questions": .circleQuestions(id), "new_ndt": .newAssessment(id, .ndt), "new_star": .newAssessment(id, .star),
                "new_accommodation": .newQuarterRecord(id, .accommodation), "new_service_use": .newQuarterRecord(id, .serviceUse),
            ]
            #expect(paths.count == expected.count)
            for (name, route) in expected {
                #expect(paths[name] == .string(route.path), "\(name)")
            }
        }
    }
}
