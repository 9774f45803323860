/// A row of a `trust-links` file: a trusted person in an individual's circle, from a day,
/// perhaps until a day.
public struct TrustLinkRow: Sendable, Equatable {
    public let line: Int
    public var personRef: String
    public var trustedKey: String
    public var role: TrustRole
    public var startedOn: CalendarDate
    public var endedOn: CalendarDate?
    /// Why it ended; may be unknown even when `endedOn` is known.
    public var endReason: EndReason?
    /// The `trusted_key` of whoever introduced this trusted person, if known.
    public var introducedBy: String?

    public var key: ImportKey { .trustLink(personRef: personRef, trustedKey: trustedKey, startedOn: startedOn) }

    /// Reads the row, or nil with its problems in `cells.errors`. A link ends on or after it
    /// starts; an end reason needs an end date; nobody introduces themselves. Whether the
    /// person and the keys exist is `ImportReferences`' question.
    static func read(_ cells: inout ImportCells, line: Int) -> TrustLinkRow? {
        let personRef = cells.personRef("person_ref")
        let trustedKey = cells.key("trusted_key")
        let role = cells.choice("role", as: TrustRole.self)
        let startedOn = cells.date("started_on", required: true)
        let endedOn = cells.date("ended_on")
        let endReason = cells.choice("end_reason", as: EndReason.self, required: false)
        let introducedBy = cells.key("introduced_by", required: false)
        cells.checkOrder(endedOn, "ended_on", notBefore: startedOn, "The link cannot end before it started.")
        if endReason != nil, cells["ended_on"].isEmpty {
            cells.errors.add("end_reason", "An end reason needs the date the link ended (ended_on).")
        }
        if let introducedBy, introducedBy == trustedKey {
            cells.errors.add("introduced_by", "A trusted person cannot introduce themselves.")
        }
        guard cells.errors.isEmpty, let trustedKey, let role, let startedOn else { return nil }
        return TrustLinkRow(
            line: line, personRef: personRef, trustedKey: trustedKey, role: role, startedOn: startedOn,
            endedOn: endedOn, endReason: endReason, introducedBy: introducedBy)
    }
}
