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
        }
    }
}
