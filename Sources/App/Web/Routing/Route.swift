/// Every page and action of the app, with typed ids: the one type that both matches requests
/// (`RouteTable` registers handlers by these cases) and prints links and redirects (`path`), so
/// no path is ever built from strings elsewhere. Each case declares who may reach it
/// (`Route+Access.swift`).
enum Route: Hashable, Sendable {
    // Signing in, first run, invitations, one's own account
    case home, signIn, signOut, accountPassword
    case setup(OneTimeToken), welcome(OneTimeToken)
    case signInCode, secondFactor, resetSecondFactor(UserID)

    // Operations: the health check for monitors
    case health

    // Homes and oversight
    case alongside, organisation, network
    case reports, reportDownload(ReportFileName)
    case imports, confirmImport(PendingImportID), importTemplate(ImportTemplateFile)
    case barriers, newBarrier, barrier(BarrierID)

    // Champions: the pledge, inviting trusted persons, requests for help
    case renewPledge, inviteTrustedPerson, invitations, approveInvitation(InvitationID), declineInvitation(InvitationID)
    case directory, workContact
    case helpRequests, newHelpRequest, helpRequest(HelpRequestID), replyToHelpRequest(HelpRequestID), closeHelpRequest(HelpRequestID)

    // Training: sessions and who attended, needs flagged; the manager's access-log search
    case training, trainingSession(TrainingSessionID), trainingAttendance(TrainingSessionID), newTrainingNeed
    case accessLog

    // Administration
    case users, newUser, user(UserID), deactivateUser(UserID), reactivateUser(UserID), resetPassword(UserID)
    case organisations, newOrganisation, adminOrganisation(OrganisationID)

    // Data rights: the subject-access export and the retention rule's dry run
    case subjectAccess, retention

    // The individual's own pages
    case me, myStory, myPlan, myCircle, mySharing, myProgress, myLooked, mySurvey
    case withdrawMyConsent(ConsentID)
    case newMyConsent, renewMyConsent(ConsentID), confirmMyLink(TrustLinkID), questionMyLink(TrustLinkID)

    // Coordinators' case work
    case caseload, referrals, newReferral
    case trustedPeople, newTrustedPerson, trustedPerson(TrustedPersonID), trustedPersonLeaving(TrustedPersonID)
    case trustedPersonAbsence(TrustedPersonID), trustedPersonReturn(TrustedPersonID)
    case trustedPersonTraining(TrustedPersonID)
    case bulkHandover(BulkHandoverID), proposeBulkHandover(BulkHandoverID)
    case handover(HandoverID), handoverStep(HandoverID)

    // One individual's record and what is recorded on it
    case person(IndividualID), editPerson(IndividualID), caseStatus(IndividualID), eligibility(IndividualID)
    case personAccount(IndividualID), progress(IndividualID)
    case newHandover(IndividualID), handovers(IndividualID)
    case newConsent(IndividualID), consents(IndividualID), withdrawConsent(IndividualID, ConsentID)
    case renewConsent(IndividualID, ConsentID), changeConsent(IndividualID, ConsentID)
    case circleQuestions(IndividualID), answerCircleQuestion(IndividualID, CircleQuestionID)
    case lawfulBasis(IndividualID), safeguardingOverride(IndividualID)
    case newStoryEntry(IndividualID), story(IndividualID), amendStoryEntry(IndividualID, StoryEntryID)
    case newPlanGoal(IndividualID), plan(IndividualID), planStep(IndividualID, PlanStepID)
    case newContact(IndividualID), contacts(IndividualID), newMeeting(IndividualID), meetings(IndividualID)
    case newLink(IndividualID), links(IndividualID), discussion(IndividualID, DiscussionID)
    case activateLink(IndividualID, TrustLinkID), confirmLink(IndividualID, TrustLinkID), endLink(IndividualID, TrustLinkID)
    case unsafeMarkings(IndividualID), interimCover(IndividualID)
    case newAssessment(IndividualID, AssessmentTool), assessments(IndividualID, AssessmentTool)
    case correctAssessment(IndividualID, AssessmentTool, AssessmentID)
    case newQuarterRecord(IndividualID, QuarterRecordKind), quarterRecords(IndividualID, QuarterRecordKind)
    case personSurvey(IndividualID)

    /// The path, e.g. `/people/42/edit`.
    var path: String { write { $0.pathSegment } }

    /// The pattern the router matches, e.g. `/people/:individual/edit`.
    var pattern: String { write { ":" + type(of: $0).parameterName } }

    /// The path with a notice to show once and an optional fragment, for redirects.
    func path(notice: Notice?, fragment: String? = nil) -> String {
        path + (notice.map { "?notice=" + $0.rawValue } ?? "") + (fragment.map { "#" + $0 } ?? "")
    }

    /// The individual whose record this route reads or changes, when its path names one.
    var individualID: IndividualID? { parameter(IndividualID.self) }

    /// The route's parameter of type `T`, when it has one (ids are typed, so there is at most one).
    func parameter<T: RouteParameter>(_ type: T.Type) -> T? {
        var found: T?
        _ = write { parameter in
            if let value = parameter as? T { found = value }
            return ""
        }
        return found
    }

    /// Writes the path with each parameter printed by `parameter`.
    private func write(_ parameter: (any RouteParameter) -> String) -> String {
        switch self {
        case .home: "/"
        case .signIn: "/sign-in"
        case .signOut: "/sign-out"
        case .accountPassword: "/account/password"
        case .setup(let token): "/setup/" + parameter(token)
        case .welcome(let token): "/welcome/" + parameter(token)
        case .signInCode: "/sign-in/code"
        case .health: "/healthz"
        case .secondFactor: "/account/second-factor"
        case .resetSecondFactor(let id): "/admin/users/" + parameter(id) + "/reset-second-factor"
        case .alongside: "/alongside"
        case .organisation: "/organisation"
        case .network: "/network"
        case .reports: "/reports"
        case .reportDownload(let file): "/reports/" + parameter(file)
        case .imports: "/imports"
        case .confirmImport(let id): "/imports/" + parameter(id) + "/confirm"
        case .importTemplate(let file): "/imports/templates/" + parameter(file)
        case .barriers: "/barriers"
        case .newBarrier: "/barriers/new"
        case .barrier(let id): "/barriers/" + parameter(id)
        case .renewPledge: "/organisation/pledge"
        case .inviteTrustedPerson: "/organisation/invite"
        case .invitations: "/invitations"
        case .approveInvitation(let id): "/invitations/" + parameter(id) + "/approve"
        case .declineInvitation(let id): "/invitations/" + parameter(id) + "/decline"
        case .directory: "/directory"
        case .workContact: "/account/work-contact"
        case .helpRequests: "/help"
        case .newHelpRequest: "/help/new"
        case .helpRequest(let id): "/help/" + parameter(id)
        case .replyToHelpRequest(let id): "/help/" + parameter(id) + "/reply"
        case .closeHelpRequest(let id): "/help/" + parameter(id) + "/close"
        case .training: "/training"
        case .trainingSession(let id): "/training/sessions/" + parameter(id)
        case .trainingAttendance(let id): "/training/sessions/" + parameter(id) + "/attendance"
        case .newTrainingNeed: "/training/needs/new"
        case .accessLog: "/network/access-log"
        case .users: "/admin/users"
        case .newUser: "/admin/users/new"
        case .user(let id): "/admin/users/" + parameter(id)
        case .deactivateUser(let id): "/admin/users/" + parameter(id) + "/deactivate"
        case .reactivateUser(let id): "/admin/users/" + parameter(id) + "/reactivate"
        case .resetPassword(let id): "/admin/users/" + parameter(id) + "/reset-password"
        case .organisations: "/admin/organisations"
        case .newOrganisation: "/admin/organisations/new"
        case .adminOrganisation(let id): "/admin/organisations/" + parameter(id)
        case .subjectAccess: "/admin/subject-access"
        case .retention: "/admin/retention"
        case .me: "/me"
        case .myStory: "/me/story"
        case .myPlan: "/me/plan"
        case .myCircle: "/me/circle"
        case .mySharing: "/me/sharing"
        case .myProgress: "/me/progress"
        case .myLooked: "/me/looked"
        case .mySurvey: "/me/survey"
        case .withdrawMyConsent(let id): "/me/sharing/" + parameter(id) + "/withdraw"
        case .newMyConsent: "/me/sharing/new"
        case .renewMyConsent(let id): "/me/sharing/" + parameter(id) + "/renew"
        case .confirmMyLink(let id): "/me/circle/" + parameter(id) + "/confirm"
        case .questionMyLink(let id): "/me/circle/" + parameter(id) + "/question"
        case .caseload: "/caseload"
        case .referrals: "/people"
        case .newReferral: "/people/new"
        case .trustedPeople: "/trusted-people"
        case .newTrustedPerson: "/trusted-people/new"
        case .trustedPerson(let id): "/trusted-people/" + parameter(id)
        case .trustedPersonLeaving(let id): "/trusted-people/" + parameter(id) + "/leave"
        case .trustedPersonAbsence(let id): "/trusted-people/" + parameter(id) + "/absence"
        case .trustedPersonReturn(let id): "/trusted-people/" + parameter(id) + "/return"
        case .trustedPersonTraining(let id): "/trusted-people/" + parameter(id) + "/training"
        case .bulkHandover(let id): "/bulk-handovers/" + parameter(id)
        case .proposeBulkHandover(let id): "/bulk-handovers/" + parameter(id) + "/propose"
        case .handover(let id): "/handovers/" + parameter(id)
        case .handoverStep(let id): "/handovers/" + parameter(id) + "/step"
        case .person(let id): "/people/" + parameter(id)
        case .editPerson(let id): "/people/" + parameter(id) + "/edit"
        case .caseStatus(let id): "/people/" + parameter(id) + "/status"
        case .eligibility(let id): "/people/" + parameter(id) + "/eligibility"
        case .personAccount(let id): "/people/" + parameter(id) + "/account"
        case .progress(let id): "/people/" + parameter(id) + "/progress"
        case .newHandover(let id): "/people/" + parameter(id) + "/handovers/new"
        case .handovers(let id): "/people/" + parameter(id) + "/handovers"
        case .newConsent(let id): "/people/" + parameter(id) + "/consents/new"
        case .consents(let id): "/people/" + parameter(id) + "/consents"
        case .withdrawConsent(let id, let consent): "/people/" + parameter(id) + "/consents/" + parameter(consent) + "/withdraw"
        case .renewConsent(let id, let consent): "/people/" + parameter(id) + "/consents/" + parameter(consent) + "/renew"
        case .changeConsent(let id, let consent): "/people/" + parameter(id) + "/consents/" + parameter(consent) + "/change"
        case .circleQuestions(let id): "/people/" + parameter(id) + "/questions"
        case .answerCircleQuestion(let id, let question): "/people/" + parameter(id) + "/questions/" + parameter(question) + "/answer"
        case .lawfulBasis(let id): "/people/" + parameter(id) + "/lawful-basis"
        case .safeguardingOverride(let id): "/people/" + parameter(id) + "/override"
        case .newStoryEntry(let id): "/people/" + parameter(id) + "/story/new"
        case .story(let id): "/people/" + parameter(id) + "/story"
        case .amendStoryEntry(let id, let entry): "/people/" + parameter(id) + "/story/" + parameter(entry) + "/amend"
        case .newPlanGoal(let id): "/people/" + parameter(id) + "/plan/new"
        case .plan(let id): "/people/" + parameter(id) + "/plan"
        case .planStep(let id, let step): "/people/" + parameter(id) + "/plan/steps/" + parameter(step)
        case .newContact(let id): "/people/" + parameter(id) + "/contacts/new"
        case .contacts(let id): "/people/" + parameter(id) + "/contacts"
        case .newMeeting(let id): "/people/" + parameter(id) + "/meetings/new"
        case .meetings(let id): "/people/" + parameter(id) + "/meetings"
        case .newLink(let id): "/people/" + parameter(id) + "/links/new"
        case .links(let id): "/people/" + parameter(id) + "/links"
        case .discussion(let id, let discussion): "/people/" + parameter(id) + "/discussions/" + parameter(discussion)
        case .activateLink(let id, let link): "/people/" + parameter(id) + "/links/" + parameter(link) + "/activate"
        case .confirmLink(let id, let link): "/people/" + parameter(id) + "/links/" + parameter(link) + "/confirm"
        case .endLink(let id, let link): "/people/" + parameter(id) + "/links/" + parameter(link) + "/end"
        case .unsafeMarkings(let id): "/people/" + parameter(id) + "/unsafe"
        case .interimCover(let id): "/people/" + parameter(id) + "/interim"
        case .newAssessment(let id, let tool): "/people/" + parameter(id) + "/" + tool.rawValue + "/new"
        case .assessments(let id, let tool): "/people/" + parameter(id) + "/" + tool.rawValue
        case .correctAssessment(let id, let tool, let assessment):
            "/people/" + parameter(id) + "/" + tool.rawValue + "/" + parameter(assessment) + "/correct"
        case .newQuarterRecord(let id, let kind): "/people/" + parameter(id) + "/" + kind.rawValue + "/new"
        case .quarterRecords(let id, let kind): "/people/" + parameter(id) + "/" + kind.rawValue
        case .personSurvey(let id): "/people/" + parameter(id) + "/survey"
        }
    }
}

/// The file name of a quarterly report download, `2025Q1.csv`.
struct ReportFileName: RouteParameter {
    static let parameterName = "file"
    static let example = ReportFileName(value: "2025Q1.csv")
    /// The quarter as written before `.csv`, checked by the report page.
    var quarter: String { String(value.dropLast(4)) }
    private let value: String

    private init(value: String) { self.value = value }

    /// The download of `quarter`'s report (`2025Q1`).
    init(quarter: String) { value = quarter + ".csv" }

    init?(pathSegment: Substring) {
        guard pathSegment.hasSuffix(".csv"), pathSegment.utf8.count <= 16 else { return nil }
        value = String(pathSegment)
    }

    var pathSegment: String { value }
}

/// Which of the two assessment tools a form is for.
enum AssessmentTool: String, Sendable, CaseIterable {
    case ndt
    case star

    var title: String { self == .ndt ? "NDT Assessment" : "Homelessness Outcomes Star" }
}

/// Which per-quarter record a form is for.
enum QuarterRecordKind: String, Sendable, CaseIterable {
    case accommodation
    case serviceUse = "service-use"
}
