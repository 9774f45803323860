/// What the lexer hands the parser: runs of literal text and tags.
enum Token: Equatable {
    /// Literal text, as a byte range of the template's source.
    case text(Range<Int>)
    /// One `{{ … }}` tag.
    case tag(Tag)
}

/// One tag: its kind (from the sigil after `{{`), trimmed name and where its `{{` stands.
struct Tag: Equatable {
    /// The tag's sigil: none, `{{{`, `#`, `^`, `/`, `>` or `!`.
    enum Kind: Equatable {
        case variable, raw, section, inverted, conditional, close, partial, comment

        /// Whether a tag of this kind alone on its line takes the line with it (mustache's
        /// "standalone" rule); variables never do.
        var canStandAlone: Bool {
            switch self {
            case .section, .inverted, .conditional, .close, .partial, .comment: true
            case .variable, .raw: false
            }
        }
    }

    let kind: Kind
    let name: String
    let location: SourceLocation
}
