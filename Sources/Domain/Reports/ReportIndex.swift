/// The people of one report, each given a slot (their position) once, so every record is
/// matched to its person and groups by one dictionary look-up, never by scanning.
struct ReportIndex {
    /// S and E as day numbers.
    let startDay: Int
    let endDay: Int
    let end: CalendarDate
    /// The people, first occurrence of each id only.
    let people: [ReportPerson]
    /// For each slot, the ordinals of the person's groups.
    let groups: [[Int]]
    private let slotByID: [Int64: Int]

    init(_ input: ReportInput) {
        startDay = input.quarter.firstDay.dayNumber
        end = input.quarter.lastDay
        endDay = end.dayNumber
        var slots = [Int64: Int](minimumCapacity: input.people.count)
        var people: [ReportPerson] = []
        people.reserveCapacity(input.people.count)
        for person in input.people where slots[person.id] == nil {
            slots[person.id] = people.count
            people.append(person)
        }
        self.people = people
        slotByID = slots
        groups = people.map { ReportGroup.memberships[$0.district.ordinal] }
    }

    /// The slot of the person with `id`, or nil when they are not in the report.
    func slot(_ id: Int64) -> Int? { slotByID[id] }

    /// Whether `date` is on or before E.
    func isByEnd(_ date: CalendarDate) -> Bool { date <= end }

    /// Whether `date` falls in the quarter, S to E.
    func isInQuarter(_ date: CalendarDate) -> Bool {
        let day = date.dayNumber
        return day >= startDay && day <= endDay
    }

    /// Whether the person's support quarter `n` ended on or before E (REPORTS.md: quarter 4
    /// has ended when opened_on + 12 months − 1 day ≤ E).
    func hasEnded(quarter n: Int, slot: Int) -> Bool {
        guard let openedOn = people[slot].openedOn else { return false }
        return SupportQuarter(openedOn: openedOn).hasEnded(n, asAt: end)
    }
}
