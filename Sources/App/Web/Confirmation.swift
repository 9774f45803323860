import HTTP
import TemplateEngine

/// The page shown before an irreversible action: what will happen, to whom, and that it cannot
/// be undone, with the POST form that does it (issue 15; the person's own "stop sharing" page is
/// the pattern). Actions whose form carries fields (a reason, a date) show it in answer to their
/// first POST, carrying the validated fields as hidden inputs with `confirm=yes`, so nothing
/// personal travels in an address; actions without fields show it as the GET of their own route.
struct Confirmation {
    /// The question the page asks, e.g. "End Sam Okafor's link with Robin?".
    let question: String
    /// What will happen, one plain sentence each, naming whom it touches.
    let happens: [String]
    /// Why it cannot be undone, and what to do instead if it was a mistake.
    let permanence: String
    /// The words on the button that does it.
    let button: String
    /// Where the form posts: the action's own route.
    let action: Route
    /// Where "No, go back" leads.
    let back: String
    /// The form's fields to post again with the answer.
    var fields: [(String, String)] = []

    /// Whether the request is the answer "yes" from a confirmation page.
    static func isConfirmed(_ context: RequestContext) -> Bool {
        context.form["confirm"] == "yes"
    }

    /// The request's form fields to carry to the confirmation, without its token or answer.
    static func carried(_ context: RequestContext) -> [(String, String)] {
        context.form.all.filter { $0.0 != "_csrf" && $0.0 != "confirm" }
    }

    /// The confirmation page.
    func render(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        try services.page("confirm", title: question, context, [
            "question": .string(question),
            "happens": .array(happens.map { .string($0) }),
            "permanence": .string(permanence),
            "button": .string(button),
            "action": .string(action.path),
            "back": .string(back),
            "fields": .array(fields.map { ["name": .string($0.0), "value": .string($0.1)] }),
        ])
    }
}
