/// Errors a handler raises on purpose; `ErrorPages` turns each into a status and a friendly page.
enum AppError: Error, Equatable {
    /// The thing asked for does not exist (or the link is no longer usable).
    case notFound
    /// The signed-in user may not see this.
    case forbidden
    /// A state-changing request without a valid form token or from another site.
    case formExpired
    /// The request cannot be acted on; the message is safe to show.
    case badRequest(String)
}

extension AppError: CustomStringConvertible {
    var description: String {
        switch self {
        case .notFound: "not found"
        case .forbidden: "not allowed"
        case .formExpired: "the form has expired"
        case .badRequest(let message): message
        }
    }
}
