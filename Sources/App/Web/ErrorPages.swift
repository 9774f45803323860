import Domain
import Foundation
import HTTP
import TemplateEngine

/// The one place that turns errors into statuses and friendly pages.
struct ErrorPages: Sendable {
    let renderer: PageRenderer

    func response(for error: Error, _ context: RequestContext) -> HTTPResponse {
        switch error {
        case AppError.notFound:
            return page(.notFound, "Page not found", "We could not find that page. It may have moved, or the link may be wrong.", context)
        case AppError.forbidden:
            return page(.forbidden, "You do not have access to this page", "Your account's roles do not include this page. If you think they should, ask your manager.", context)
        case AppError.formExpired:
            return page(.forbidden, "This form has expired", "For your security the form could not be sent. Go back, reload the page and try again.", context)
        case let error as DomainError:
            return page(.conflict, "That cannot be done", error.description, context)
        case AppError.badRequest(let message):
            return page(.badRequest, "Something is not right with that request", message, context)
        default:
            FileHandle.standardError.write(Data("error: \(context.request.method.rawValue) \(context.request.path): \(type(of: error)) \(error)\n".utf8))
            return page(.internalServerError, "Sorry, something went wrong", "The problem has been logged. Please try again in a moment.", context)
        }
    }

    func page(_ status: HTTPStatus, _ title: String, _ message: String, _ context: RequestContext) -> HTTPResponse {
        let values: [String: TemplateValue] = ["message": .string(message), "status": .int(status.code)]
        if let response = try? renderer.render("error", title: title, context, values, status: status) {
            return response
        }
        return .text("\(status.code) \(title)\n", status: status)
    }
}
