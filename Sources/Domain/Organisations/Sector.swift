/// The kind of partner organisation (PRODUCT.md, "Organisations").
public enum Sector: String, CaseIterable, Sendable {
    case statutory
    case commissioned
    case voluntaryCommunity = "voluntary-community"
    case other

    /// The name people see.
    public var title: String {
        switch self {
        case .statutory: "Statutory"
        case .commissioned: "Commissioned"
        case .voluntaryCommunity: "Voluntary or community"
        case .other: "Other"
        }
    }
}
