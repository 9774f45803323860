/// A person as the report sees them: their current district (which decides their group),
/// the day they were referred when known, and the dates their support opened and closed.
public struct ReportPerson: Sendable, Equatable {
    /// The individual's row id; unique (a repeated id after the first is ignored).
    public var id: Int64
    /// The current district, which decides the person's report groups.
    public var district: District
    public var openedOn: CalendarDate?
    public var closedOn: CalendarDate?
    /// The day of referral (`referred_on`), nil when not known.
    public var referredOn: CalendarDate?

    public init(
        id: Int64, district: District, openedOn: CalendarDate? = nil, closedOn: CalendarDate? = nil,
        referredOn: CalendarDate? = nil
    ) {
        self.id = id
        self.district = district
        self.openedOn = openedOn
        self.closedOn = closedOn
        self.referredOn = referredOn
    }
}

/// A trust link between a person and someone in their circle; active from `startedOn` until
/// the day it ended (a link that ended on E is no longer active on E).
public struct ReportLink: Sendable, Equatable {
    public var personID: Int64
    public var role: TrustRole
    public var startedOn: CalendarDate
    public var endedOn: CalendarDate?
    public var endReason: EndReason?
    /// The trusted person at the other end, when known (for `training.*`).
    public var trustedPersonID: Int64?

    public init(
        personID: Int64, role: TrustRole, startedOn: CalendarDate, endedOn: CalendarDate? = nil, endReason: EndReason? = nil,
        trustedPersonID: Int64? = nil
    ) {
        self.trustedPersonID = trustedPersonID
        self.personID = personID
        self.role = role
        self.startedOn = startedOn
        self.endedOn = endedOn
        self.endReason = endReason
    }
}

/// A barrier (REPORTS.md's `raised_on`, `status`, `resolved_on`), plus the day it was closed
/// unresolved. Barriers belong to no one person, so the report counts them for group `all` only.
///
/// As at E a barrier has ended when its status is `resolved` and `resolvedOn` ≤ E, or its status
/// is `closed-unresolved` and `closedOn` ≤ E. A date beside any other status is ignored (the
/// barrier was reopened); an ending status with no date counts as ended on an unknown day: not
/// open, and not resolved within 90 days.
public struct ReportBarrier: Sendable, Equatable {
    /// The `status` of a barrier that was resolved.
    public static let resolved = "resolved"
    /// The `status` of a barrier closed without being resolved.
    public static let closedUnresolved = "closed-unresolved"

    public var raisedOn: CalendarDate
    /// One of `raised`, `action-plan`, `escalated`, `resolved`, `closed-unresolved`.
    public var status: String
    public var resolvedOn: CalendarDate?
    /// The day a `closed-unresolved` barrier was closed.
    public var closedOn: CalendarDate?
    /// The day an action plan was agreed (`action_plan_on`), whatever the status is now.
    public var actionPlanOn: CalendarDate?

    public init(
        raisedOn: CalendarDate, status: String, resolvedOn: CalendarDate? = nil, closedOn: CalendarDate? = nil,
        actionPlanOn: CalendarDate? = nil
    ) {
        self.raisedOn = raisedOn
        self.status = status
        self.resolvedOn = resolvedOn
        self.closedOn = closedOn
        self.actionPlanOn = actionPlanOn
    }

    /// The day the barrier ended, `.some(nil)` when it ended on a day not recorded, nil if it has not.
    var ending: CalendarDate?? {
        switch status {
        case Self.resolved: .some(resolvedOn)
        case Self.closedUnresolved: .some(closedOn)
        default: nil
        }
    }
}
