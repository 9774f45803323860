import Foundation
import TemplateEngine

/// Factories for tests: in-memory libraries and temporary template directories.
enum TemplateFixtures {
    /// Renders `source` as the only template, named `page`.
    static func render(_ source: String, _ context: TemplateValue = nil) throws -> String {
        try TemplateLibrary(templates: ["page": source]).render("page", context)
    }

    /// The error thrown when loading `templates`, if any.
    static func loadError(_ templates: [String: String]) -> TemplateError? {
        do {
            _ = try TemplateLibrary(templates: templates)
            return nil
        } catch let error as TemplateError {
            return error
        } catch {
            return nil
        }
    }
}

/// A directory under the system's temporary folder, filled with files, removed by `remove()`.
struct TemporaryTemplateDirectory {
    let path: String

    /// Writes each `relative path → contents` pair, creating folders as needed.
    init(files: [String: String]) throws {
        path = NSTemporaryDirectory() + "templates-" + UUID().uuidString
        for (relative, contents) in files {
            let url = URL(fileURLWithPath: path + "/" + relative)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: url)
        }
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
