/// Query and form decoding (`application/x-www-form-urlencoded`).
extension HTTPRequest {
    /// The query string decoded as `application/x-www-form-urlencoded`.
    public var queryParameters: FormData {
        FormData(urlEncoded: query ?? "")
    }

    /// The body decoded as `application/x-www-form-urlencoded` (empty for other content types).
    public var formData: FormData {
        let type = headers["Content-Type"] ?? ""
        let mediaType = type.split(separator: ";").first.map { $0.trimmingSpaces() } ?? ""
        guard mediaType.equalsIgnoringASCIICase("application/x-www-form-urlencoded") else {
            return FormData(urlEncoded: "")
        }
        return FormData(urlEncoded: String(decoding: body, as: UTF8.self))
    }
}
