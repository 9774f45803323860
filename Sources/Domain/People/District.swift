/// The two county groups the report compares (REPORTS.md, "Values").
public enum CountyGroup: String, CaseIterable, Sendable {
    case cambridgeshire
    case peterborough

    public var title: String {
        switch self {
        case .cambridgeshire: "Cambridgeshire"
        case .peterborough: "Peterborough"
        }
    }
}

/// A district; Peterborough is its own county group, the other five are Cambridgeshire.
public enum District: String, CaseIterable, Sendable {
    case cambridge
    case eastCambridgeshire = "east-cambridgeshire"
    case fenland
    case huntingdonshire
    case southCambridgeshire = "south-cambridgeshire"
    case peterborough

    public var title: String {
        switch self {
        case .cambridge: "Cambridge"
        case .eastCambridgeshire: "East Cambridgeshire"
        case .fenland: "Fenland"
        case .huntingdonshire: "Huntingdonshire"
        case .southCambridgeshire: "South Cambridgeshire"
        case .peterborough: "Peterborough"
        }
    }

    public var countyGroup: CountyGroup {
        self == .peterborough ? .peterborough : .cambridgeshire
    }

    /// Reads a slug or a display name, in any case ("South Cambridgeshire", "fenland").
    public init?(text: String) {
        let value = text.trimmingWhitespace().lowercased()
        guard let district = Self.allCases.first(where: { $0.rawValue == value || $0.title.lowercased() == value }) else {
            return nil
        }
        self = district
    }
}
