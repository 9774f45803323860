import Foundation
import HTTP
import Hashing

/// Guards every state-changing request against cross-site forgery: the form must carry the
/// page's token, and the browser's `Sec-Fetch-Site` (or `Origin`) must say the form came from
/// this site (OWASP CSRF prevention: synchronizer token plus origin verification).
enum CSRFProtection {
    /// The hidden field every form carries.
    static let fieldName = "_csrf"

    /// Throws `formExpired` unless the request may change state.
    static func verify(_ request: HTTPRequest, expectedToken: String) throws {
        guard comesFromThisSite(request) else { throw AppError.formExpired }
        guard let sent = request.formData[fieldName] ?? multipartField(request),
              ConstantTime.equals(Array(sent.utf8), Array(expectedToken.utf8))
        else { throw AppError.formExpired }
    }

    /// The token from a `multipart/form-data` body (file uploads).
    private static func multipartField(_ request: HTTPRequest) -> String? {
        guard let type = request.headers["Content-Type"], type.lowercased().hasPrefix("multipart/form-data") else { return nil }
        return MultipartFormData(body: request.body, contentType: type)?[fieldName]
    }

    /// Whether the browser's own headers place the request on this site.
    ///
    /// Modern browsers send `Sec-Fetch-Site`, which must be `same-origin`. Because every page
    /// sets `Referrer-Policy: no-referrer`, browsers send `Origin: null` on form posts, so an
    /// `Origin` is compared with `Host` only when it names a site; the token is always required.
    static func comesFromThisSite(_ request: HTTPRequest) -> Bool {
        if let site = request.headers["Sec-Fetch-Site"] {
            return site == "same-origin"
        }
        guard let host = request.headers["Host"]?.lowercased() else { return false }
        if let origin = request.headers["Origin"], origin != "null" {
            return authority(of: origin) == host
        }
        return true
    }

    /// The host[:port] of an absolute URL, lower-cased.
    private static func authority(of url: String) -> String? {
        guard let components = URLComponents(string: url), let host = components.host else { return nil }
        return (components.port.map { "\(host):\($0)" } ?? host).lowercased()
    }
}
