/// The values a render can see, innermost last; sections push and pop.
///
/// Lookup follows the mustache spec: the first part of a dotted name is searched from the
/// innermost value outwards; the remaining parts descend only into what was found there,
/// so `a.b` never picks up a `b` from an outer context.
struct ContextStack {
    private var values: [TemplateValue]

    init(_ values: [TemplateValue]) {
        self.values = values
    }

    mutating func push(_ value: TemplateValue) {
        values.append(value)
    }

    mutating func pop() {
        values.removeLast()
    }

    /// The value `path` names, or `.null` when nothing matches; `.` is the innermost value.
    func resolve(_ path: VariablePath) -> TemplateValue {
        guard let first = path.components.first else { return values.last ?? .null }
        for value in values.reversed() {
            guard var found = value[first] else { continue }
            for component in path.components.dropFirst() {
                guard let next = found[component] else { return .null }
                found = next
            }
            return found
        }
        return .null
    }
}
