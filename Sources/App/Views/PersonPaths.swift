import TemplateEngine

/// The addresses of one person's record and everything recorded on it, printed from the typed
/// routes, for templates (`{{person.paths.edit}}`): no template builds a path from strings.
enum PersonPaths {
    /// Each template name with the route it names; the names are worked out once, not per page.
    private static let routes: [(name: String, route: @Sendable (IndividualID) -> Route)] = {
        var routes: [(name: String, route: @Sendable (IndividualID) -> Route)] = [
            ("record", Route.person), ("progress", Route.progress), ("edit", Route.editPerson), ("status", Route.caseStatus),
            ("eligibility", Route.eligibility), ("account", Route.personAccount), ("newHandover", Route.newHandover),
            ("handovers", Route.handovers), ("newConsent", Route.newConsent), ("consents", Route.consents),
            ("lawfulBasis", Route.lawfulBasis), ("override", Route.safeguardingOverride), ("newStory", Route.newStoryEntry),
            ("story", Route.story), ("newPlan", Route.newPlanGoal), ("plan", Route.plan), ("newContact", Route.newContact),
            ("contacts", Route.contacts), ("newMeeting", Route.newMeeting), ("meetings", Route.meetings), ("newLink", Route.newLink),
            ("links", Route.links), ("unsafe", Route.unsafeMarkings), ("interim", Route.interimCover), ("survey", Route.personSurvey),
            ("questions", Route.circleQuestions),
        ]
        for tool in AssessmentTool.allCases {
            routes.append(("new_" + tool.rawValue, { .newAssessment($0, tool) }))
        }
        for kind in QuarterRecordKind.allCases {
            routes.append(("new_" + kind.rawValue.replacingOccurrences(of: "-", with: "_"), { .newQuarterRecord($0, kind) }))
        }
        return routes
    }()

    static func values(_ id: IndividualID) -> TemplateValue {
        var paths = [String: TemplateValue](minimumCapacity: routes.count)
        for (name, route) in routes {
            paths[name] = .string(route(id).path)
        }
        return .dictionary(paths)
    }
}
