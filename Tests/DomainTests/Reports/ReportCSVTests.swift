import Domain
import Testing

@Suite struct ReportCSVTests {
    static let report = ReportFixture.report(
        people: [
            ReportFixture.person(1), ReportFixture.person(2), ReportFixture.person(3), ReportFixture.person(4),
            ReportFixture.person(5, .fenland),
        ],
        links: [
            ReportLink(personID: 1, role: .primary, startedOn: ReportFixture.day("2024-01-01")),
            ReportLink(personID: 1, role: .backup, startedOn: ReportFixture.day("2024-01-01")),
            ReportLink(personID: 2, role: .trusted, startedOn: ReportFixture.day("2024-01-01")),
        ])

    @Test func startsWithTheHeader() {
        #expect(Self.report.csv().hasPrefix("metric,group,value,numerator,denominator\n"))
    }

    @Test(arguments: [
        "caseload.open,all,5,,",
        "caseload.open,fenland,1,,",
        "network.connected,all,40.0,2,5",
        "network.connected,cambridge,50.0,2,4",
        "network.connected,peterborough,,0,0",
        "network.mean_size,all,0.60,3,5",
        "network.mean_size,fenland,0.00,0,1",
        "barriers.resolved_within_90_days,all,,0,0",
    ])
    func writesExactLines(line: String) {
        #expect(Self.report.csv().split(separator: "\n").contains { $0 == line })
    }

    @Test func writesTheSuppressedReportWithEmptyCells() {
        #expect(Self.report.suppressed(below: 3).csv().contains("\nnetwork.connected,fenland,,0,\n"))
    }

    @Test func streamsTheSameTextLineByLine() {
        var lines: [String] = []
        Self.report.writeCSV { lines.append($0) }
        #expect(lines.count == Self.report.rows.count + 1)
        #expect(lines.allSatisfy { $0.hasSuffix("\n") && $0.dropLast().allSatisfy { $0 != "\n" } })
        #expect(lines.joined() == Self.report.csv())
    }
}
