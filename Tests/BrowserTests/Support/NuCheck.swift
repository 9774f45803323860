import Foundation

/// One message of the Nu HTML Checker about one page.
struct NuMessage: Sendable {
    /// The page the message is about, as the caller named it (e.g. `coordinator /caseload`).
    let page: String
    /// `error`, `info` or `non-document-error`.
    let type: String
    /// The line of the page's source where the problem ends.
    let line: Int?
    /// What is wrong.
    let message: String
    /// A few characters of the source around the problem.
    let extract: String
}

/// Checks many pages' HTML with the Nu HTML Checker (https://validator.github.io/validator/)
/// in one run of `java -jar vnu.jar`: each page is written to a file, and the JSON report is
/// mapped back to the page names.
struct NuCheck: Sendable {
    let checkers: PageCheckers

    /// Every message about `pages` (name and HTML), in the checker's order.
    func messages(for pages: [(name: String, html: String)]) async throws -> [NuMessage] {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("tp-nu-" + UUID().uuidString, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var names: [String: String] = [:]
        var files: [String] = []
        for (index, page) in pages.enumerated() {
            let file = folder.appendingPathComponent(String(format: "page-%04d.html", index))
            try Data(page.html.utf8).write(to: file)
            names[file.lastPathComponent] = page.name
            files.append(file.path)
        }
        let log = folder.appendingPathComponent("vnu.json")
        let process = try ChildProcess(
            name: "vnu", executable: checkers.java,
            arguments: ["-jar", checkers.vnuJar, "--format", "json", "--exit-zero-always", "--stdout"] + files,
            logFile: log)
        let deadline = ContinuousClock.now.advanced(by: .seconds(120))
        while process.isRunning, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(50))
        }
        guard !process.isRunning else {
            await process.stop()
            throw WebDriverError.processDidNotStart(name: "vnu", detail: "still running after 120 s")
        }
        return try Self.decode(try Data(contentsOf: log), names: names)
    }

    /// Reads the checker's JSON (`{"messages": [...]}`), skipping anything Java printed before it.
    private static func decode(_ output: Data, names: [String: String]) throws -> [NuMessage] {
        let text = String(decoding: output, as: UTF8.self)
        guard let start = text.range(of: "{\"messages\"") else {
            throw WebDriverError.malformedResponse(endpoint: "vnu", detail: String(text.prefix(2_000)))
        }
        let report = try JSONDecoder().decode(Report.self, from: Data(text[start.lowerBound...].utf8))
        return report.messages.map { message in
            let file = message.url.map { URL(string: $0)?.lastPathComponent ?? $0 } ?? ""
            return NuMessage(
                page: names[file] ?? file, type: message.type, line: message.lastLine,
                message: message.message ?? "", extract: message.extract ?? "")
        }
    }

    /// The checker's JSON report.
    private struct Report: Decodable {
        let messages: [Message]
    }

    /// One entry of the report, as the checker writes it.
    private struct Message: Decodable {
        let type: String
        let url: String?
        let lastLine: Int?
        let message: String?
        let extract: String?
    }
}
