/// The parsed tree a template becomes once at start-up; the renderer only walks it.
enum Node: Sendable {
    /// Literal text, emitted as is.
    case text(String)
    /// `{{ path }}` (escaped) or `{{{ path }}}` (raw when the value is trusted HTML).
    case variable(VariablePath, raw: Bool)
    /// `{{# path }}…{{/ path }}`, or `{{^ path }}…{{/ path }}` when `inverted`.
    case section(VariablePath, children: [Node], inverted: Bool)
    /// `{{> name }}`, with its place for errors at render time.
    case partial(String, SourceLocation)
}

/// A dotted name split once at parse time: `a.b.c` → `["a", "b", "c"]`, `.` → `[]`.
struct VariablePath: Sendable, Equatable {
    let components: [String]

    init(_ name: String) {
        components = name == "." ? [] : name.split(separator: ".").map(String.init)
    }
}
