/// Something a signed-in user may be allowed to do; routes name the permission they need
/// and `AccessPolicy` alone decides.
public enum Permission: String, CaseIterable, Sendable, Hashable {
    /// The individual's own pages ("my page").
    case viewOwnRecord
    /// The trusted person's list of the people they walk alongside.
    case viewPeopleWalkedAlongside
    /// The champion's view of their organisation's trusted persons.
    case viewOwnOrganisation
    /// The coordinator's caseload and case work.
    case workCaseload
    /// The manager's network overview (aggregates, no names).
    case viewNetwork
    /// Users, roles and organisations administration.
    case administerUsers
    /// Bringing cohort data in from CSV files.
    case importData
    /// The system barriers register: raising, escalating and resolving barriers.
    case workBarriers
    /// Asking a champion or coordinator for help with a person's situation.
    case askForHelp
    /// The list of requests for help one may open (one's own, one's organisation's, or all).
    case workHelpRequests
    /// A champion inviting a new trusted person from their own organisation.
    case inviteTrustedPersons
    /// Approving a champion's invitation, which creates the account.
    case approveInvitations
    /// The champions' network directory: champions and coordinators with work contact details.
    case viewNetworkDirectory
    /// Producing a subject-access export of everything held about one person (README, "Data rights").
    case exportPersonalData
    /// Seeing which closed records the retention rule would anonymise (references and counts only).
    case reviewRetention
    /// Flagging a training need for a trusted person (one's own organisation's, or oneself).
    case flagTrainingNeeds
    /// Recording training sessions and who attended them.
    case recordTraining
}
