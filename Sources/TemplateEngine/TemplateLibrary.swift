/// Every template of the app, parsed and checked once at start-up, then rendered by name.
///
/// Immutable after `init`, so one library is shared by all worker threads. Loading fails
/// fast: a syntax error or a `{{> name }}` naming no template throws a `TemplateError`
/// with the file, line and column, so a broken template stops the app at launch rather
/// than on the first request that happens to reach it.
public final class TemplateLibrary: Sendable {
    private let templates: [String: Template]

    /// Parses every `*.html` under `directory` (recursively); names are relative paths
    /// without `.html`. Throws on a syntax error or a missing partial.
    public convenience init(directory: String) throws {
        try self.init(sources: TemplateDirectory.sources(in: directory))
    }

    /// Parses templates given as source text, keyed by name (for tests and tools); errors
    /// name the file `<name>.html`.
    public convenience init(templates: [String: String]) throws {
        let sources = templates.sorted { $0.key < $1.key }.map { name, text in
            TemplateSource(name: name, file: name + TemplateDirectory.fileExtension, bytes: Array(text.utf8))
        }
        try self.init(sources: sources)
    }

    init(sources: [TemplateSource]) throws {
        var templates: [String: Template] = [:]
        for source in sources {
            templates[source.name] = try Template(name: source.name, file: source.file, bytes: source.bytes)
        }
        for template in sources.compactMap({ templates[$0.name] }) {
            for reference in template.partialReferences where templates[reference.name] == nil {
                throw TemplateError(file: template.file, at: reference.location, .unknownPartial(reference.name))
            }
        }
        self.templates = templates
    }

    /// The names of all templates, sorted.
    public var templateNames: [String] {
        templates.keys.sorted()
    }

    /// Renders template `name` against `context`.
    public func render(_ name: String, _ context: TemplateValue) throws -> String {
        let template = try self.template(named: name)
        var renderer = Renderer(templates: templates, context: [context], capacity: Self.capacity(for: template))
        try renderer.render(template)
        return renderer.output
    }

    /// Renders page `name`, then `layout` with the same context plus `content`, the page
    /// as trusted HTML (placed with `{{{ content }}}`).
    public func render(_ name: String, _ context: TemplateValue, layout: String) throws -> String {
        let layoutTemplate = try template(named: layout)
        let page = try render(name, context)
        let capacity = page.utf8.count + Self.capacity(for: layoutTemplate)
        let overlay = TemplateValue.dictionary(["content": .trustedHTML(page)])
        var renderer = Renderer(templates: templates, context: [context, overlay], capacity: capacity)
        try renderer.render(layoutTemplate)
        return renderer.output
    }

    private func template(named name: String) throws -> Template {
        guard let template = templates[name] else {
            throw TemplateError(file: name + TemplateDirectory.fileExtension, .unknownTemplate(name))
        }
        return template
    }

    private static func capacity(for template: Template) -> Int {
        max(1024, template.literalSize * 2)
    }
}
