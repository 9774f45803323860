extension Route {
    /// Who may reach this route; `RouteGate` enforces it through `AccessPolicy` before any
    /// handler runs. Exhaustive, so a new route cannot be added without deciding.
    var access: Access {
        switch self {
        case .signIn, .setup, .welcome, .health:
            .anyone
        case .signInCode, .secondFactor:
            // A pending sign-in has no session yet; the handlers accept only a pending sign-in
            // (or, to enrol, a signed-in account) and answer everyone else with the sign-in page.
            .anyone
        case .resetSecondFactor:
            .permission(.administerUsers)
        case .home, .signOut, .accountPassword:
            .signedIn
        case .alongside:
            .permission(.viewPeopleWalkedAlongside)
        case .organisation, .renewPledge:
            .permission(.viewOwnOrganisation)
        case .inviteTrustedPerson:
            .permission(.inviteTrustedPersons)
        case .invitations, .approveInvitation, .declineInvitation:
            .permission(.approveInvitations)
        case .directory, .workContact:
            .permission(.viewNetworkDirectory)
        case .helpRequests:
            .permission(.workHelpRequests)
        case .newHelpRequest:
            .permission(.askForHelp)
        case .helpRequest, .replyToHelpRequest, .closeHelpRequest:
            .helpRequest
        case .training, .trainingSession, .trainingAttendance:
            .permission(.recordTraining)
        case .newTrainingNeed:
            .permission(.flagTrainingNeeds)
        case .network, .accessLog, .reports, .reportDownload:
            .permission(.viewNetwork)
        case .imports, .confirmImport, .importTemplate:
            .permission(.importData)
        case .barriers, .newBarrier, .barrier:
            .permission(.workBarriers)
        case .users, .newUser, .user, .deactivateUser, .reactivateUser, .resetPassword,
             .organisations, .newOrganisation, .adminOrganisation:
            .permission(.administerUsers)
        case .subjectAccess:
            .permission(.exportPersonalData)
        case .retention:
            .permission(.reviewRetention)
        case .me, .myStory, .myPlan, .myCircle, .mySharing, .myProgress, .myLooked, .withdrawMyConsent, .mySurvey:
            .permission(.viewOwnRecord)
        case .newMyConsent, .renewMyConsent, .confirmMyLink, .questionMyLink:
            // The handlers find the signed-in person's own record and act only on it.
            .permission(.viewOwnRecord)
        case .caseload, .referrals, .newReferral, .trustedPeople, .newTrustedPerson, .trustedPerson,
             .trustedPersonLeaving, .trustedPersonAbsence, .trustedPersonReturn, .bulkHandover, .proposeBulkHandover,
             .trustedPersonTraining:
            .permission(.workCaseload)
        case .handover, .handoverStep:
            .handover
        case .person, .progress, .discussion:
            .individualRecord
        case .newStoryEntry, .story, .amendStoryEntry, .newPlanGoal, .plan, .planStep, .newContact, .contacts, .personSurvey:
            .individualWork
        case .editPerson, .caseStatus, .eligibility, .personAccount, .newHandover, .handovers, .newConsent, .consents,
             .withdrawConsent, .renewConsent, .changeConsent, .circleQuestions, .answerCircleQuestion, .lawfulBasis, .safeguardingOverride, .newMeeting, .meetings, .newLink, .links,
             .activateLink, .confirmLink, .endLink, .unsafeMarkings, .interimCover, .newAssessment, .assessments,
             .correctAssessment, .newQuarterRecord, .quarterRecords:
            .caseWork
        }
    }
}
