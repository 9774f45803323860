import Foundation
import HTTP

/// One request as a handler sees it: the request, the time it arrived, who is signed in,
/// and the form token to put in any form on the page.
struct RequestContext: Sendable {
    let request: HTTPRequest
    let now: Date
    let user: CurrentUser?
    /// The token every form on the page must send back: the session's, or for a signed-out
    /// visitor a random value also set as a cookie (double-submit).
    let csrfToken: String
    /// Set when `csrfToken` is new and the response must carry its cookie.
    let issuesFormCookie: Bool

    /// The form fields of a POST, decoded.
    var form: FormData { request.formData }

    /// The signed-in user; handlers behind a sign-in requirement can rely on it.
    var signedInUser: CurrentUser {
        get throws {
            guard let user else { throw AppError.forbidden }
            return user
        }
    }

    /// A path parameter as a row id, or `notFound`.
    func id(_ name: String) throws -> Int64 {
        guard let text = request.pathParameters[name], let id = Int64(text), id > 0 else { throw AppError.notFound }
        return id
    }
}
