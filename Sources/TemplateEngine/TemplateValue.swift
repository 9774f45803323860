/// A typed value a template can render; a page's whole context is built from these.
///
/// Why an enum and not `Any` with reflection (leaf-kit's lesson): a typo in a context key
/// renders as a missing value, never as a Swift debug description leaking into the HTML.
/// `.trustedHTML` is the only case that `{{{ }}}` emits unescaped, so user text held in
/// `.string` can never reach the page raw.
public enum TemplateValue: Sendable, Hashable {
    /// Nothing: renders empty, is false in sections.
    case null
    /// A flag for sections; renders as `true` or `false`.
    case bool(Bool)
    /// An integer, rendered in plain decimal.
    case int(Int)
    /// A number rendered in plain decimal without an exponent.
    case double(Double)
    /// Text, always HTML-escaped.
    case string(String)
    /// Markup we produced ourselves (SVG, a rendered page); raw only inside `{{{ }}}`.
    case trustedHTML(String)
    /// A list; a section repeats once per element.
    case array([TemplateValue])
    /// Named values; a section pushes it on the context stack.
    case dictionary([String: TemplateValue])
}

extension TemplateValue {
    /// `.string`, or `.null` when `string` is `nil`.
    public init(_ string: String?) {
        self = string.map(TemplateValue.string) ?? .null
    }

    /// `.int`, or `.null` when `int` is `nil`.
    public init(_ int: Int?) {
        self = int.map(TemplateValue.int) ?? .null
    }

    /// `.double`, or `.null` when `double` is `nil`.
    public init(_ double: Double?) {
        self = double.map(TemplateValue.double) ?? .null
    }

    /// `.bool`, or `.null` when `bool` is `nil`.
    public init(_ bool: Bool?) {
        self = bool.map(TemplateValue.bool) ?? .null
    }

    /// An `.array` built by mapping each element of `elements`.
    public init<Elements: Sequence>(
        _ elements: Elements,
        _ transform: (Elements.Element) throws -> TemplateValue
    ) rethrows {
        self = .array(try elements.map(transform))
    }

    /// The value stored under `key` when this is a dictionary, otherwise `nil`.
    public subscript(key: String) -> TemplateValue? {
        guard case .dictionary(let values) = self else { return nil }
        return values[key]
    }

    /// Whether a section skips this value: null, false, and empty lists or text.
    var isFalsey: Bool {
        switch self {
        case .null, .bool(false): true
        case .array(let items): items.isEmpty
        case .string(let text), .trustedHTML(let text): text.isEmpty
        default: false
        }
    }

    /// Appends the value's text to `output`, escaped unless `raw` and the value is trusted HTML.
    func write(to output: inout String, raw: Bool) {
        switch self {
        case .null, .array, .dictionary: return
        case .bool(let flag): output.append(flag ? "true" : "false")
        case .int(let number): output.append(String(number))
        case .double(let number): output.append(DecimalFormatting.string(number))
        case .string(let text): HTMLEscaping.append(text, to: &output)
        case .trustedHTML(let html):
            if raw { output.append(html) } else { HTMLEscaping.append(html, to: &output) }
        }
    }
}
