import Domain
import Testing

@Suite struct SuppressionTests {
    static func count(_ value: Int) -> ReportRow { .count("count", group: .all, value) }

    static func ratio(_ numerator: Int, _ denominator: Int) -> ReportRow {
        .ratio("ratio", group: .all, numerator: numerator, denominator: denominator, as: .percentage)
    }

    static func suppressed(_ row: ReportRow, below n: Int = 5) -> ReportRow {
        QuarterlyReport(quarter: ReportFixture.quarter, rows: [row]).suppressed(below: n).rows[0]
    }

    @Test(arguments: [(0, true), (1, false), (4, false), (5, true), (120, true)])
    func emptiesCountsFromOneToBelowTheThreshold(value: Int, kept: Bool) {
        #expect(Self.suppressed(Self.count(value)).value == (kept ? .count(value) : .empty))
    }

    @Test func emptiesASmallNumeratorAndTheValueDerivedFromIt() {
        #expect(Self.suppressed(Self.ratio(3, 10)) == ReportRow(metric: "ratio", group: .all, value: .empty, denominator: 10))
    }

    @Test func emptiesASmallDenominatorAndTheValueDerivedFromIt() {
        #expect(Self.suppressed(Self.ratio(6, 4)) == ReportRow(metric: "ratio", group: .all, value: .empty, numerator: 6))
    }

    @Test func emptiesARatioWhoseNumbersAreBothSmall() {
        #expect(Self.suppressed(Self.ratio(2, 3)) == ReportRow(metric: "ratio", group: .all, value: .empty))
    }

    @Test(arguments: [(0, 0), (0, 10), (5, 10), (-2, 10), (10, 5)])
    func keepsRatiosOfZeroNegativeOrLargeNumbers(numerator: Int, denominator: Int) {
        #expect(Self.suppressed(Self.ratio(numerator, denominator)) == Self.ratio(numerator, denominator))
    }

    @Test(arguments: [0, 1])
    func suppressesNothingBelowOneOrLess(n: Int) {
        #expect(Self.suppressed(Self.ratio(1, 3), below: n) == Self.ratio(1, 3))
        #expect(Self.suppressed(Self.count(1), below: n) == Self.count(1))
    }

    @Test func emptiesARatioWhoseDenominatorIsASuppressedCount() {
        let report = ReportFixture.report(
            people: (1...12).map { ReportFixture.person($0) } + [ReportFixture.person(20, .fenland)],
            links: (1...6).map { ReportLink(personID: $0, role: .primary, startedOn: ReportFixture.day("2024-01-01")) }
        )
        .suppressed(below: 3)
        #expect(report.value("caseload.open") == .count(13))
        #expect(report.value("network.connected") == .percentage(46.2))
        #expect(report.value("caseload.open", .fenland) == .empty)
        #expect(report.value("network.connected", .fenland) == .empty)
        #expect(report.fraction("network.connected", .fenland) == [0, nil])
        #expect(report.value("caseload.open", .peterborough) == .count(0))
    }

    @Test func emptiesAChangeComputedFromASuppressedCount() {
        let people = (1...10).map { ReportFixture.person($0) }
        let records: [ReportAccommodation] = (Int64(1)...10).flatMap { id -> [ReportAccommodation] in
            [
                ReportAccommodation(personID: id, quarter: 1, nights: [.roughSleeping: 5]),
                ReportAccommodation(personID: id, quarter: 4, nights: [.roughSleeping: id <= 3 ? 5 : 0]),
            ]
        }
        let report = ReportFixture.report(people: people, accommodation: records)
        #expect(report.fraction("accommodation.rough_sleeping.change") == [-7, 10])
        let suppressed = report.suppressed(below: 5)
        #expect(suppressed.value("accommodation.rough_sleeping.q4") == .empty)
        #expect(suppressed.value("accommodation.rough_sleeping.change") == .empty)
        #expect(suppressed.fraction("accommodation.rough_sleeping.change") == [nil, 10])
        #expect(suppressed.value("accommodation.rough_sleeping.q1") == .count(10))
    }

    @Test func emptiesAReductionComputedFromASuppressedSum() {
        let people = (1...10).map { ReportFixture.person($0) }
        let records: [ReportServiceUse] = (Int64(1)...10).flatMap { id -> [ReportServiceUse] in
            [
                ReportServiceUse(personID: id, quarter: 0, counts: [.arrests: 2]),
                ReportServiceUse(personID: id, quarter: 4, counts: [.arrests: id == 1 ? 2 : 0]),
            ]
        }
        let suppressed = ReportFixture.report(people: people, serviceUse: records).suppressed(below: 5)
        #expect(suppressed.fraction("service_use.mean.arrests.q4") == [nil, 10])
        #expect(suppressed.value("service_use.reduction.arrests") == .empty)
        #expect(suppressed.fraction("service_use.reduction.arrests") == [nil, 20])
    }

    @Test func suppressesTheSameReportTwiceAlike() {
        let once = ReportCSVTests.report.suppressed(below: 3)
        #expect(once.suppressed(below: 3) == once)
    }
}
