import HTTP

/// Refuses, before any handler runs, a request whose query or form fields carry a C0 control
/// character other than TAB, CR and LF (a NUL above all).
///
/// Why here rather than in each form: such characters are never typed by a person, are
/// invisible on the page, and a NUL cuts text short in other tools (exports, spreadsheets, C
/// libraries), so a record holding one is quietly wrong. Every query, URL-encoded body and
/// multipart text field is checked; uploaded files are left to their importers, which read
/// them as CSV and report bad rows themselves. The one exception: a route whose handler
/// reports control characters itself (`Route.reportsControlCharactersInForm`) receives a
/// URL-encoded body whose field VALUES (not names) hold them, and shows its form again with a
/// message beside each such field (`SubmittedForm.controlCharacterErrors`).
enum ControlCharacterGuard {
    /// The reason shown on the 400 page.
    static let message =
        "The form or link contained an invisible control character (such as a NUL byte), so nothing was saved. Retype the text and try again."

    /// Whether `request` must be refused whatever route it reaches: a control character in the
    /// query, in a form field's name, or in a multipart text field.
    static func refusesBeforeRouting(_ request: HTTPRequest) -> Bool {
        if request.query != nil && request.queryParameters.containsControlCharacters { return true }
        if !request.body.isEmpty && request.formData.all.contains(where: { FormData.containsControlCharacters($0.0) }) { return true }
        return multipartTextFieldsContainControlCharacters(request)
    }

    /// Whether `request`, on a route matched to `route`, must be refused for a control character
    /// in a form field's value: always, unless the route reports them beside its fields.
    static func refusesValues(_ request: HTTPRequest, on route: Route) -> Bool {
        !route.reportsControlCharactersInForm && !request.body.isEmpty && request.formData.containsControlCharacters
    }

    /// Whether a `multipart/form-data` body has a non-file field with a control character.
    private static func multipartTextFieldsContainControlCharacters(_ request: HTTPRequest) -> Bool {
        guard let type = request.headers["Content-Type"], type.lowercased().hasPrefix("multipart/form-data"),
              let form = MultipartFormData(body: request.body, contentType: type)
        else { return false }
        return form.parts.contains { part in
            part.filename == nil
                && (FormData.containsControlCharacters(part.name)
                    || FormData.containsControlCharacters(String(decoding: part.body, as: UTF8.self)))
        }
    }
}
