import Domain
import Foundation
import HTTP

/// One request as a handler sees it, resolved once by `RouteGate`: the request, the route it
/// matched, the time it arrived, who is signed in, and, when the route names an individual, how
/// the user stands towards them and which categories of their information the user may read.
struct RequestContext: Sendable {
    let request: HTTPRequest
    /// The route the request matched (`.home` for the not-found page).
    let route: Route
    let now: Date
    let user: CurrentUser?
    /// The token every form on the page must send back: the session's, or for a signed-out
    /// visitor a random value also set as a cookie (double-submit).
    let csrfToken: String
    /// Set when `csrfToken` is new and the response must carry its cookie.
    let issuesFormCookie: Bool
    /// The user's standing towards the individual the route names, decided once per request.
    let individual: IndividualAccess?
    /// The app's routes, to check an address to return to after signing in.
    let routes: RouteTable

    /// The form fields of a POST, decoded.
    var form: FormData { request.formData }

    /// Today in Europe/London.
    var today: CalendarDate { LondonTime.today(now) }

    /// The signed-in user; handlers behind a sign-in requirement can rely on it.
    var signedInUser: CurrentUser {
        get throws {
            guard let user else { throw AppError.forbidden }
            return user
        }
    }

    /// The access to the individual the route names; handlers of such routes can rely on it.
    var individualAccess: IndividualAccess {
        get throws {
            guard let individual else { throw AppError.forbidden }
            return individual
        }
    }

    /// The route's typed parameter of type `T` (a row id or a token).
    func parameter<T: RouteParameter>(_ type: T.Type) throws -> T {
        guard let value = route.parameter(type) else { throw AppError.notFound }
        return value
    }

    /// "METHOD /path": the reason written to the access log for a read this request makes.
    var logReason: String { "\(request.method.rawValue) \(request.path)" }
}
