/// A row of a `people` file: an individual as they stand now.
public struct PersonRow: Sendable, Equatable {
    public let line: Int
    public var ref: String
    public var preferredName: String
    public var legalName: String?
    public var dateOfBirth: CalendarDate?
    public var district: District
    public var cohortGroup: CohortGroup
    public var referralSource: String?
    public var status: CaseStatus
    public var openedOn: CalendarDate?
    public var closedOn: CalendarDate?
    public var closureReason: ClosureReason?
    /// The day of referral when the file has a `referred_on` column and fills it; nil keeps
    /// the earlier behaviour (a new person is referred on `opened_on`, or today, and a stored
    /// person's referral date is left as it is).
    public var referredOn: CalendarDate?
    /// The disadvantages answered "yes"; the other columns said "no".
    public var disadvantages: Set<Disadvantage>

    public var key: ImportKey { .ref(ref) }

    /// Reads the row, or nil with its problems in `cells.errors`.
    ///
    /// The name, date of birth, district, cohort group and referral source go through
    /// `ReferralRules.read`, the referral form's own rules, with `referred_on` as the referral
    /// date, or when the file leaves it out the day support opened (or today, before it opens).
    /// Status and dates must agree, as the report reads them (REPORTS.md, "Metrics"): `open`
    /// needs `opened_on`; `closed` needs both dates; only a closed case has `closed_on` or a
    /// `closure_reason`; a `referred` case has no `opened_on`; nothing closes before it opens.
    /// `closure_reason` itself stays optional, as the contract marks it (`closure_reason?`).
    static func read(_ cells: inout ImportCells, line: Int) -> PersonRow? {
        let ref = cells.personRef("ref")
        let status = cells.choice("status", as: CaseStatus.self)
        let openedOn = cells.date("opened_on")
        let closedOn = cells.date("closed_on")
        let closureReason = cells.choice("closure_reason", as: ClosureReason.self, required: false)
        let referredOn = cells.date("referred_on")
        cells.checkOrder(openedOn, "referred_on", notBefore: referredOn, "The referral cannot be dated after support opened.")
        let referral = readReferral(&cells, referredOn: referredOn ?? openedOn ?? cells.today)
        var disadvantages = Set<Disadvantage>()
        for disadvantage in Disadvantage.allCases where cells.yesNo(disadvantage.rawValue) {
            disadvantages.insert(disadvantage)
        }
        if let status {
            checkDates(&cells, status: status, openedOn: openedOn, closedOn: closedOn, closureReason: closureReason)
        }
        guard cells.errors.isEmpty, let status, let referral else { return nil }
        return PersonRow(
            line: line, ref: ref, preferredName: referral.preferredName, legalName: referral.legalName,
            dateOfBirth: referral.dateOfBirth, district: referral.district, cohortGroup: referral.cohortGroup,
            referralSource: referral.referralSource, status: status, openedOn: openedOn, closedOn: closedOn,
            closureReason: closureReason, referredOn: referredOn, disadvantages: disadvantages)
    }

    private static func readReferral(_ cells: inout ImportCells, referredOn: CalendarDate) -> Referral? {
        let columns = ["preferred_name", "legal_name", "date_of_birth", "district", "cohort_group", "referral_source"]
        let row = cells
        let (referral, errors) = ReferralRules.read(
            { name in name == "referred_on" ? referredOn.iso : columns.contains(name) ? row[name] : nil },
            today: cells.today, iso: true)
        cells.add(errors)
        return referral
    }

    private static func checkDates(
        _ cells: inout ImportCells, status: CaseStatus, openedOn: CalendarDate?, closedOn: CalendarDate?,
        closureReason: ClosureReason?
    ) {
        let hasOpened = openedOn != nil || !cells["opened_on"].isEmpty
        let hasClosed = closedOn != nil || !cells["closed_on"].isEmpty
        switch status {
        case .referred:
            if hasOpened { cells.errors.add("opened_on", "A referred case has not opened: leave opened_on empty.") }
        case .open, .closed:
            if !hasOpened {
                cells.errors.add(
                    "opened_on", "\(status == .open ? "An open" : "A closed") case needs the date support opened.")
            }
        }
        if status == .closed, !hasClosed { cells.errors.add("closed_on", "A closed case needs the date it closed.") }
        if status != .closed, hasClosed {
            cells.errors.add("closed_on", "Only a closed case has closed_on; this one is \(status.rawValue).")
        }
        if status != .closed, closureReason != nil {
            cells.errors.add(
                "closure_reason", "Only a closed case has a closure reason; this one is \(status.rawValue).")
        }
        cells.checkOrder(closedOn, "closed_on", notBefore: openedOn, "The case cannot close before it opened.")
    }
}
