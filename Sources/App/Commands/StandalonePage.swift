import Foundation
import TemplateEngine

/// A page a command writes to be saved, sent or printed on its own (the quarterly report, a
/// subject-access export): a body template inside `standalone.html`, with the stylesheet inlined
/// because no server will be there to serve it.
enum StandalonePage {
    static func render(
        _ app: Application, body template: String, title: String, heading: String, _ values: [String: TemplateValue]
    ) throws -> String {
        var values = values
        values["title"] = .string(title)
        values["heading"] = .string(heading)
        let css = (try? String(contentsOfFile: app.configuration.publicDirectory + "/app.css", encoding: .utf8)) ?? ""
        values["stylesheet"] = .trustedHTML(css)
        return try app.services.renderer.templates.render(template, .dictionary(values), layout: "standalone")
    }
}
