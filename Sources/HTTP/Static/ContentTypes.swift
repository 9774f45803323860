/// Content types by file extension for the static files we serve.
enum ContentTypes {
    private static let byExtension: [String: String] = [
        "css": "text/css",
        "js": "text/javascript",
        "mjs": "text/javascript",
        "svg": "image/svg+xml",
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "webp": "image/webp",
        "gif": "image/gif",
        "ico": "image/x-icon",
        "woff2": "font/woff2",
        "woff": "font/woff",
        "txt": "text/plain; charset=utf-8",
        "html": "text/html; charset=utf-8",
        "json": "application/json",
        "pdf": "application/pdf",
        "map": "application/json",
        "webmanifest": "application/manifest+json",
    ]

    /// The type for a file name, `application/octet-stream` when unknown.
    static func forFile(_ name: Substring) -> String {
        guard let dot = name.lastIndex(of: ".") else { return "application/octet-stream" }
        let ext = name[name.index(after: dot)...].lowercased()
        return byExtension[ext] ?? "application/octet-stream"
    }

    /// Whether a file name carries a content fingerprint: a dot-separated segment of 8 or
    /// more hex digits, as in `app.3f9a1c2b.css`.
    static func isFingerprinted(_ name: Substring) -> Bool {
        let segments = name.split(separator: ".")
        guard segments.count >= 3 else { return false }
        return segments.dropFirst().dropLast().contains { segment in
            segment.count >= 8 && segment.utf8.allSatisfy { PercentDecoding.hexValue($0) != nil }
        }
    }
}
