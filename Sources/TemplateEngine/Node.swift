/// The parsed tree a template becomes once at start-up; the renderer only walks it.
enum Node: Sendable {
    /// Literal text, emitted as is.
    case text(String)
    /// `{{ path }}` (escaped) or `{{{ path }}}` (raw when the value is trusted HTML).
    case variable(VariablePath, raw: Bool)
    /// `{{# path }}…{{/ path }}`, `{{^ path }}…{{/ path }}` or `{{? path }}…{{/ path }}`.
    case section(VariablePath, children: [Node], mode: SectionMode)
    /// `{{> name }}`, with its place for errors at render time.
    case partial(String, SourceLocation)
}

/// How a section uses its value.
enum SectionMode: Sendable {
    /// `{{# }}`: once per array element, or once with the value pushed when truthy.
    case iterate
    /// `{{^ }}`: once, when the value is falsey (false, null, empty).
    case inverted
    /// `{{? }}`: once, when the value is truthy, WITHOUT pushing it or iterating — the way to
    /// wrap a list's container (`{{? rows}}<table>{{# rows}}…{{/ rows}}</table>{{/ rows}}`),
    /// where a `{{# }}` would repeat the whole container for every element.
    case conditional
}

/// A dotted name split once at parse time: `a.b.c` → `["a", "b", "c"]`, `.` → `[]`.
struct VariablePath: Sendable, Equatable {
    let components: [String]

    init(_ name: String) {
        components = name == "." ? [] : name.split(separator: ".").map(String.init)
    }
}
