import Domain

/// The file name of an import template download, `people.csv`: one per `ImportKind`.
struct ImportTemplateFile: RouteParameter {
    static let parameterName = "template"
    static let example = ImportTemplateFile(kind: .people)
    /// The kind of import file the template is for.
    let kind: ImportKind

    init(kind: ImportKind) { self.kind = kind }

    init?(pathSegment: Substring) {
        guard pathSegment.hasSuffix(".csv"), let kind = ImportKind(rawValue: String(pathSegment.dropLast(4))) else { return nil }
        self.kind = kind
    }

    var pathSegment: String { kind.rawValue + ".csv" }
}
