/// A row of a `trusted-people` file: someone (or a service) an individual may trust.
public struct TrustedPersonRow: Sendable, Equatable {
    /// The longest name accepted, as on the trusted person form.
    public static let maximumNameLength = 150

    public let line: Int
    /// The `key` column: the name other files (`trust-links`) use for this trusted person.
    public var trustedKey: String
    public var name: String
    public var kind: TrustedPersonKind
    /// The organisation's name as written; the importer matches it to an organisation.
    public var organisation: String?
    public var paid: PaidStatus

    public var key: ImportKey { .trustedKey(trustedKey) }

    /// Reads the row, or nil with its problems in `cells.errors`.
    static func read(_ cells: inout ImportCells, line: Int) -> TrustedPersonRow? {
        let trustedKey = cells.key("key")
        let name = cells.text("name", maximumLength: maximumNameLength)
        let kind = cells.choice("kind", as: TrustedPersonKind.self)
        let organisation = cells.optionalText("organisation", maximumLength: OrganisationRules.maximumNameLength)
        let paid = cells.choice("paid", as: PaidStatus.self)
        guard cells.errors.isEmpty, let trustedKey, let kind, let paid else { return nil }
        return TrustedPersonRow(
            line: line, trustedKey: trustedKey, name: name, kind: kind, organisation: organisation, paid: paid)
    }
}
