import Domain

/// Factories for the report tests. The quarter is 2024Q3: S = 2024-07-01, E = 2024-09-30.
enum ReportFixture {
    static let quarter = ReportQuarter(year: 2024, quarter: 3)!

    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    /// A person in `district`, opened long before the quarter unless told otherwise.
    static func person(
        _ id: Int64, _ district: District = .cambridge, opened: String? = "2023-01-01", closed: String? = nil
    ) -> ReportPerson {
        ReportPerson(id: id, district: district, openedOn: opened.map(day), closedOn: closed.map(day))
    }

    /// An NDT assessment with every item 0 except those given.
    static func ndt(_ id: Int64, _ iso: String, _ ratings: [NDTItem: Int] = [:]) -> ReportNDT {
        var all = Dictionary(uniqueKeysWithValues: NDTItem.allCases.map { ($0, 0) })
        all.merge(ratings) { $1 }
        return ReportNDT(personID: id, assessedOn: day(iso), ratings: all)
    }

    /// A Star reading with every area 5 except those given.
    static func star(
        _ id: Int64, _ iso: String, _ scores: [StarArea: Int] = [:], version: String = StarReading.currentVersion
    ) -> ReportStar {
        var all = Dictionary(uniqueKeysWithValues: StarArea.allCases.map { ($0, 5) })
        all.merge(scores) { $1 }
        return ReportStar(personID: id, assessedOn: day(iso), scores: all, version: version)
    }

    static func report(
        people: [ReportPerson] = [], links: [ReportLink] = [], ndt: [ReportNDT] = [], star: [ReportStar] = [],
        accommodation: [ReportAccommodation] = [], serviceUse: [ReportServiceUse] = [], barriers: [ReportBarrier] = [],
        surveys: [ReportSurvey] = [], trustedPersons: [ReportTrustedPerson] = [], training: [ReportTraining] = []
    ) -> QuarterlyReport {
        QuarterlyReport.compute(
            ReportInput(
                quarter: quarter, people: people, links: links, ndt: ndt, star: star, accommodation: accommodation,
                serviceUse: serviceUse, barriers: barriers, surveys: surveys, trustedPersons: trustedPersons,
                training: training))
    }
}

extension QuarterlyReport {
    /// The value of `metric` for `group`, or nil when the report has no such row.
    func value(_ metric: String, _ group: ReportGroup = .all) -> ReportValue? {
        row(metric, group: group)?.value
    }

    /// The numerator and denominator of `metric` for `group`.
    func fraction(_ metric: String, _ group: ReportGroup = .all) -> [Int?] {
        guard let row = row(metric, group: group) else { return [] }
        return [row.numerator, row.denominator]
    }
}
