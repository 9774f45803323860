import HTTP

/// Refuses, before any handler runs, a request whose query or form fields carry a C0 control
/// character other than TAB, CR and LF (a NUL above all).
///
/// Why here, once, rather than in each form: such characters are never typed by a person, are
/// invisible on the page, and a NUL cuts text short in other tools (exports, spreadsheets, C
/// libraries), so a record holding one is quietly wrong. Every query, URL-encoded body and
/// multipart text field is checked; uploaded files are left to their importers, which read
/// them as CSV and report bad rows themselves.
enum ControlCharacterGuard {
    /// The reason shown on the 400 page.
    static let message =
        "The form or link contained an invisible control character (such as a NUL byte), so nothing was saved. Retype the text and try again."

    /// Whether `request` must be refused.
    static func refuses(_ request: HTTPRequest) -> Bool {
        if request.query != nil && request.queryParameters.containsControlCharacters { return true }
        if !request.body.isEmpty && request.formData.containsControlCharacters { return true }
        return multipartTextFieldsContainControlCharacters(request)
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
