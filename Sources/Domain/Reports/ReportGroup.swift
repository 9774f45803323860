/// A group the report counts separately (REPORTS.md: `all`, `cambridgeshire`, `peterborough`,
/// then each district slug), in report order. A person's group is their current district.
///
/// The district `peterborough` has the same slug as, and exactly the people of, the county group
/// `peterborough`, so it appears once: a second row would repeat the same metric and group.
public enum ReportGroup: String, CaseIterable, Sendable, Comparable {
    case all
    case cambridgeshire
    case peterborough
    case cambridge
    case eastCambridgeshire = "east-cambridgeshire"
    case fenland
    case huntingdonshire
    case southCambridgeshire = "south-cambridgeshire"

    /// The slug written in the CSV's `group` column.
    public var slug: String { rawValue }

    public var title: String {
        switch self {
        case .all: "All"
        case .cambridgeshire: CountyGroup.cambridgeshire.title
        case .peterborough: CountyGroup.peterborough.title
        case .cambridge: District.cambridge.title
        case .eastCambridgeshire: District.eastCambridgeshire.title
        case .fenland: District.fenland.title
        case .huntingdonshire: District.huntingdonshire.title
        case .southCambridgeshire: District.southCambridgeshire.title
        }
    }

    /// The groups a person in `district` counts in: `all`, their county group and their district.
    public static func groups(for district: District) -> [ReportGroup] {
        memberships[district.ordinal].map { allCases[$0] }
    }

    public static func < (lhs: ReportGroup, rhs: ReportGroup) -> Bool { lhs.ordinal < rhs.ordinal }

    /// The position in report order.
    var ordinal: Int { Self.allCases.firstIndex(of: self)! }

    /// For each district (in `District.allCases` order), the ordinals of its groups.
    static let memberships: [[Int]] = District.allCases.map { district in
        let county: ReportGroup = district.countyGroup == .peterborough ? .peterborough : .cambridgeshire
        let own = ReportGroup(rawValue: district.rawValue) ?? county
        return Array(Set([ReportGroup.all, county, own])).map(\.ordinal).sorted()
    }
}

extension District {
    /// The position in `District.allCases`.
    var ordinal: Int { Self.allCases.firstIndex(of: self)! }
}
