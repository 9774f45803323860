/// One checked row of an import file, typed by the file's kind.
public enum ImportRow: Sendable, Equatable {
    case person(PersonRow)
    case trustedPerson(TrustedPersonRow)
    case trustLink(TrustLinkRow)
    case star(StarRow)
    case ndt(NDTRow)
    case accommodation(AccommodationRow)
    case serviceUse(ServiceUseRow)
    case barrier(BarrierRow)
    case survey(SurveyRow)
    case training(TrainingRow)

    /// The physical line the row starts on.
    public var line: Int {
        switch self {
        case .person(let row): row.line
        case .trustedPerson(let row): row.line
        case .trustLink(let row): row.line
        case .star(let row): row.line
        case .ndt(let row): row.line
        case .accommodation(let row): row.line
        case .serviceUse(let row): row.line
        case .barrier(let row): row.line
        case .survey(let row): row.line
        case .training(let row): row.line
        }
    }

    /// What identifies the row for an idempotent upsert.
    public var key: ImportKey {
        switch self {
        case .person(let row): row.key
        case .trustedPerson(let row): row.key
        case .trustLink(let row): row.key
        case .star(let row): row.key
        case .ndt(let row): row.key
        case .accommodation(let row): row.key
        case .serviceUse(let row): row.key
        case .barrier(let row): row.key
        case .survey(let row): row.key
        case .training(let row): row.key
        }
    }
}
