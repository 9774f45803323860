/// Whether a quarter's own tenancy was social housing or a private let (REPORTS.md, the
/// `accommodation` file's `tenancy_type`); meaningful only when there were own-tenancy nights.
public enum TenancyType: String, CaseIterable, Sendable {
    case social
    case `private`

    /// The words a form shows.
    public var title: String {
        switch self {
        case .social: "Social housing"
        case .private: "Privately rented"
        }
    }
}
