/// Stage four: walks a template's node tree against a context into one reserved buffer.
struct Renderer {
    /// How deep partials may nest before the render fails; deeper means a partial
    /// (directly or through others) includes itself without a section that ends it.
    static let maximumPartialDepth = 32

    private let templates: [String: Template]
    private var context: ContextStack
    private var depth = 0
    private(set) var output = ""

    init(templates: [String: Template], context: [TemplateValue], capacity: Int) {
        self.templates = templates
        self.context = ContextStack(context)
        output.reserveCapacity(capacity)
    }

    /// Appends `template` rendered against the context to `output`.
    mutating func render(_ template: Template) throws {
        try render(template.nodes, file: template.file)
    }

    private mutating func render(_ nodes: [Node], file: String) throws {
        for node in nodes {
            switch node {
            case .text(let text):
                output.append(text)
            case .variable(let path, let raw):
                context.resolve(path).write(to: &output, raw: raw)
            case .section(let path, let children, let mode):
                try renderSection(path, children: children, mode: mode, file: file)
            case .partial(let name, let location):
                try renderPartial(name, at: location, file: file)
            }
        }
    }

    private mutating func renderSection(
        _ path: VariablePath,
        children: [Node],
        mode: SectionMode,
        file: String
    ) throws {
        let value = context.resolve(path)
        switch mode {
        case .inverted:
            if value.isFalsey { try render(children, file: file) }
            return
        case .conditional:
            if !value.isFalsey { try render(children, file: file) }
            return
        case .iterate:
            break
        }
        if case .array(let items) = value {
            for item in items {
                context.push(item)
                try render(children, file: file)
                context.pop()
            }
        } else if !value.isFalsey {
            context.push(value)
            try render(children, file: file)
            context.pop()
        }
    }

    private mutating func renderPartial(_ name: String, at location: SourceLocation, file: String) throws {
        guard let partial = templates[name] else {
            throw TemplateError(file: file, at: location, .unknownPartial(name))
        }
        guard depth < Self.maximumPartialDepth else {
            throw TemplateError(file: file, at: location, .partialDepthExceeded(name))
        }
        depth += 1
        try render(partial.nodes, file: partial.file)
        depth -= 1
    }
}
