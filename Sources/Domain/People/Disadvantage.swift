/// The five disadvantages; multiple disadvantage is at least three at one time (PRODUCT.md).
public enum Disadvantage: String, CaseIterable, Sendable, Comparable {
    case homelessness
    case mentalHealth = "mental_health"
    case substanceMisuse = "substance_misuse"
    case domesticAbuse = "domestic_abuse"
    case offending

    public var title: String {
        switch self {
        case .homelessness: "Homelessness"
        case .mentalHealth: "Mental ill health"
        case .substanceMisuse: "Substance misuse"
        case .domesticAbuse: "Domestic abuse"
        case .offending: "Offending"
        }
    }

    /// The consent category a record of this disadvantage belongs to (PRODUCT.md, "Consent").
    public var category: InformationCategory {
        switch self {
        case .homelessness: .housing
        case .mentalHealth: .health
        case .substanceMisuse: .substanceUse
        case .domesticAbuse: .safety
        case .offending: .justice
        }
    }

    public static func < (lhs: Disadvantage, rhs: Disadvantage) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Whether someone is eligible: three of the five disadvantages, or an exception a
/// coordinator recorded with a reason.
public struct Eligibility: Sendable, Equatable {
    public static let threshold = 3

    public let count: Int
    public let exceptionReason: String?

    public init(disadvantages: some Collection<Disadvantage>, exceptionReason: String?) {
        count = Set(disadvantages).count
        let reason = exceptionReason?.trimmingWhitespace() ?? ""
        self.exceptionReason = reason.isEmpty ? nil : reason
    }

    public var meetsThreshold: Bool { count >= Self.threshold }
    public var isEligible: Bool { meetsThreshold || exceptionReason != nil }

    /// Why a case may not be opened (or reopened) yet, or nil when it may: PRODUCT.md, "Eligibility
    /// is 3 of the 5 disadvantages; the app ... lets a coordinator record an exception with a reason".
    package var refusalToOpen: String? {
        guard !isEligible else { return nil }
        let recorded = count == 1 ? "1 is" : "\(count) are"
        return "Open the case only when \(Self.threshold) of the 5 disadvantages are recorded (\(recorded) now), "
            + "or record an exception with the reason first."
    }

    /// "Eligible: 4 of 5", "Eligible by exception: …", "Not yet eligible: 2 of 5".
    public var summary: String {
        if meetsThreshold { return "Eligible: \(count) of 5 disadvantages" }
        if let exceptionReason { return "Eligible by exception (\(count) of 5): \(exceptionReason)" }
        return "Not eligible yet: \(count) of 5 disadvantages (3 needed, or an exception)"
    }
}
