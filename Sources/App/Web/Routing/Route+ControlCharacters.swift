/// Which POST routes report a control character typed into a form field themselves, beside the
/// field, instead of being refused whole by `ControlCharacterGuard` with a 400 page.
///
/// Declared here, in one place: a route belongs in this list only when its handler builds its
/// `SubmittedForm` and starts its messages from `input.controlCharacterErrors`, and every form
/// decode it runs then returns nil, so a form holding a control character is shown again (422)
/// and nothing is stored. `ControlCharacterWalkTests` posts a control character to every POST
/// route and checks that nothing is written.
extension Route {
    /// Whether this route's handler reports control characters in its form's values itself.
    var reportsControlCharactersInForm: Bool {
        switch self {
        case .story, .amendStoryEntry, .plan, .contacts, .meetings, .consents,
             .barriers, .barrier, .users, .user, .newHelpRequest, .replyToHelpRequest,
             .myStory, .myPlan, .questionMyLink, .answerCircleQuestion,
             .organisations, .adminOrganisation, .inviteTrustedPerson, .renewPledge, .workContact, .newTrainingNeed,
             .trustedPersonAbsence, .links, .unsafeMarkings, .renewConsent, .handovers,
             .trustedPeople, .trustedPerson, .training, .personSurvey, .referrals, .editPerson,
             .caseStatus, .eligibility, .assessments, .correctAssessment, .quarterRecords,
             .subjectAccess,
             .handoverStep, .mySharing, .trustedPersonLeaving, .trustedPersonReturn, .trustedPersonTraining,
             .signIn, .signInCode, .setup, .welcome, .secondFactor, .accountPassword, .resetSecondFactor,
             .personAccount, .lawfulBasis, .safeguardingOverride:
            true
        default:
            false
        }
    }
}
