import Domain
import Testing

/// The service-use windows q0_q4, q0_q8 and q1_q4. In 2024Q3 (E = 2024-09-30) quarter 4 has ended
/// for people opened on or before 2023-10-01, and quarter 8 for those opened by 2022-10-01.
@Suite struct ServiceUseWindowTests {
    static func record(_ id: Int64, _ quarter: Int, _ counts: [ServiceUseKind: Int]) -> ReportServiceUse {
        ReportServiceUse(personID: id, quarter: quarter, counts: counts)
    }

    /// | person             | q0                | q1            | q4        | q8           |
    /// |--------------------|-------------------|---------------|-----------|--------------|
    /// | 1 Cambridge        | arrests 4, A&E 2  | arrests 3     | arrests 1 | A&E 1        |
    /// | 2 Peterborough     | arrests 2         | (none)        | arrests 2 | (q8 not ended) |
    /// | 3 Fenland          | (none)            | A&E 5         | A&E 1     |              |
    /// | 4 Cambridge        | arrests 9         |               | (q4 not ended) |         |
    ///
    /// q0_q4: 1 and 2. q0_q8: 1 only. q1_q4: 1 and 3.
    static let report = ReportFixture.report(
        people: [
            ReportFixture.person(1, opened: "2022-10-01"), ReportFixture.person(2, .peterborough, opened: "2022-10-02"),
            ReportFixture.person(3, .fenland, opened: "2023-01-01"), ReportFixture.person(4, opened: "2023-10-02"),
        ],
        serviceUse: [
            record(1, 0, [.arrests: 4, .aeAttendances: 2]), record(1, 1, [.arrests: 3]), record(1, 4, [.arrests: 1]),
            record(1, 8, [.aeAttendances: 1]),
            record(2, 0, [.arrests: 2]), record(2, 4, [.arrests: 2]), record(2, 8, [:]),
            record(3, 1, [.aeAttendances: 5]), record(3, 4, [.aeAttendances: 1]),
            record(4, 0, [.arrests: 9]), record(4, 4, [:]),
        ])

    @Test(arguments: [
        ("q0_q4", ReportGroup.all, 2), ("q0_q4", .peterborough, 1), ("q0_q8", .all, 1), ("q0_q8", .peterborough, 0),
        ("q1_q4", .all, 2), ("q1_q4", .fenland, 1),
    ])
    func countsThePeopleOfEachWindow(window: String, group: ReportGroup, count: Int) {
        #expect(Self.report.value("service_use.\(window).people", group) == .count(count))
    }

    /// q0_q4 arrests 4 + 2 = 6 → 1 + 2 = 3; q0_q8 arrests 4 → 0, A&E 2 → 1;
    /// q1_q4 arrests 3 + 0 → 1 + 0, A&E 0 + 5 → 0 + 1.
    @Test(arguments: [
        ("service_use.q0_q4.mean_from.arrests", 3.0, 6, 2), ("service_use.q0_q4.mean_to.arrests", 1.5, 3, 2),
        ("service_use.q0_q4.mean_from.ae_attendances", 1.0, 2, 2), ("service_use.q0_q4.mean_to.ae_attendances", 0.0, 0, 2),
        ("service_use.q0_q8.mean_from.arrests", 4.0, 4, 1), ("service_use.q0_q8.mean_to.arrests", 0.0, 0, 1),
        ("service_use.q0_q8.mean_to.ae_attendances", 1.0, 1, 1),
        ("service_use.q1_q4.mean_from.arrests", 1.5, 3, 2), ("service_use.q1_q4.mean_to.arrests", 0.5, 1, 2),
        ("service_use.q1_q4.mean_from.ae_attendances", 2.5, 5, 2), ("service_use.q1_q4.mean_to.ae_attendances", 0.5, 1, 2),
    ])
    func averagesEachQuarterOfTheWindow(metric: String, mean: Double, sum: Int, people: Int) {
        #expect(Self.report.value(metric) == .mean(mean))
        #expect(Self.report.fraction(metric) == [sum, people])
    }

    @Test(arguments: [
        ("service_use.q0_q4.reduction.arrests", ReportValue.percentage(50.0), 3, 6),
        ("service_use.q0_q4.reduction.ae_attendances", .percentage(100.0), 2, 2),
        ("service_use.q0_q8.reduction.arrests", .percentage(100.0), 4, 4),
        ("service_use.q0_q8.reduction.ae_attendances", .percentage(50.0), 1, 2),
        ("service_use.q1_q4.reduction.arrests", .percentage(66.7), 2, 3),
        ("service_use.q1_q4.reduction.ae_attendances", .percentage(80.0), 4, 5),
        // Nobody had an eviction in the first quarter: Σ first = 0, so the reduction is empty.
        ("service_use.q0_q4.reduction.evictions", .empty, 0, 0),
        ("service_use.q1_q4.reduction.section_136", .empty, 0, 0),
    ])
    func reducesFromTheFirstQuarterOfTheWindow(metric: String, value: ReportValue, numerator: Int, denominator: Int) {
        #expect(Self.report.value(metric) == value)
        #expect(Self.report.fraction(metric) == [numerator, denominator])
    }

    @Test func leavesMeansEmptyForAWindowWithNobody() {
        #expect(Self.report.value("service_use.q0_q8.mean_from.arrests", .peterborough) == .empty)
        #expect(Self.report.fraction("service_use.q0_q8.mean_from.arrests", .peterborough) == [0, 0])
        #expect(Self.report.value("service_use.q0_q8.reduction.arrests", .peterborough) == .empty)
    }

    @Test func keepsTheOriginalBaselineToQuarter4Figures() {
        #expect(Self.report.value("service_use.mean.arrests.baseline") == .mean(3.0))
        #expect(Self.report.value("service_use.reduction.arrests") == .percentage(50.0))
    }

    @Test func suppressesAReductionWhenTheSecondSumIsSmall() {
        let people = (1...10).map { ReportFixture.person($0, opened: "2022-01-01") }
        let records = (Int64(1)...10).flatMap { id -> [ReportServiceUse] in
            [Self.record(id, 0, [.arrests: 2]), Self.record(id, 8, [.arrests: id == 1 ? 2 : 0])]
        }
        let suppressed = ReportFixture.report(people: people, serviceUse: records).suppressed(below: 5)
        #expect(suppressed.value("service_use.q0_q8.people") == .count(10))
        #expect(suppressed.fraction("service_use.q0_q8.mean_to.arrests") == [nil, 10])
        #expect(suppressed.value("service_use.q0_q8.reduction.arrests") == .empty)
        #expect(suppressed.fraction("service_use.q0_q8.reduction.arrests") == [nil, 20])
    }
}
