/// A confirmation shown once after a form succeeds, named in the redirect's `notice` query
/// parameter. Only these fixed messages can be shown, never text from the URL.
enum Notice: String, Sendable {
    case signedOut = "signed-out"
    case passwordChanged = "password-changed"
    case userCreated = "user-created"
    case userUpdated = "user-updated"
    case userDeactivated = "user-deactivated"
    case userReactivated = "user-reactivated"
    case organisationSaved = "organisation-saved"
    case welcome
    case referred
    case detailsSaved = "details-saved"
    case statusChanged = "status-changed"
    case linkAdded = "link-added"
    case linkChanged = "link-changed"
    case markedUnsafe = "marked-unsafe"
    case interimStarted = "interim-started"
    case handoverProposed = "handover-proposed"
    case handoverMoved = "handover-moved"
    case contactAdded = "contact-added"
    case meetingAdded = "meeting-added"
    case trustedPersonSaved = "trusted-person-saved"
    case bulkHandoverStarted = "bulk-handover-started"

    var message: String {
        switch self {
        case .signedOut: "You have signed out."
        case .passwordChanged: "Your password has been changed. Other devices have been signed out."
        case .userCreated: "The account has been created."
        case .userUpdated: "The account has been updated."
        case .userDeactivated: "The account has been deactivated and its sessions ended."
        case .userReactivated: "The account has been reactivated."
        case .organisationSaved: "The organisation has been saved."
        case .welcome: "Welcome. You are signed in."
        case .referred: "The referral has been recorded."
        case .detailsSaved: "The details have been saved."
        case .statusChanged: "The case status has been changed."
        case .linkAdded: "The circle of trust has been updated."
        case .linkChanged: "The link has been updated."
        case .markedUnsafe: "The person has been recorded as unsafe. Any link with them has ended."
        case .interimStarted: "You are now this person's interim coordinator."
        case .handoverProposed: "The handover has been proposed."
        case .handoverMoved: "The handover has moved on a step."
        case .contactAdded: "The contact has been recorded."
        case .meetingAdded: "The meeting has been recorded."
        case .trustedPersonSaved: "The trusted person has been saved."
        case .bulkHandoverStarted: "The handover of everyone they walk alongside has started."
        }
    }
}
