import Domain
import Testing

@Suite struct ReportGroupTests {
    @Test func listsTheGroupsInReportOrder() {
        #expect(
            ReportGroup.allCases.map(\.slug) == [
                "all", "cambridgeshire", "peterborough", "cambridge", "east-cambridgeshire", "fenland", "huntingdonshire",
                "south-cambridgeshire",
            ])
    }

    @Test(arguments: [
        (District.cambridge, [ReportGroup.all, .cambridgeshire, .cambridge]),
        (.eastCambridgeshire, [.all, .cambridgeshire, .eastCambridgeshire]),
        (.fenland, [.all, .cambridgeshire, .fenland]),
        (.huntingdonshire, [.all, .cambridgeshire, .huntingdonshire]),
        (.southCambridgeshire, [.all, .cambridgeshire, .southCambridgeshire]),
        (.peterborough, [.all, .peterborough]),
    ])
    func placesEachDistrictInItsCountyGroup(district: District, groups: [ReportGroup]) {
        #expect(ReportGroup.groups(for: district) == groups)
    }

    @Test func countsPeopleInTheGroupsOfTheirCurrentDistrict() {
        let districts: [District] = [
            .cambridge, .eastCambridgeshire, .eastCambridgeshire, .fenland, .huntingdonshire, .southCambridgeshire,
            .peterborough, .peterborough, .peterborough,
        ]
        let report = ReportFixture.report(people: districts.enumerated().map { ReportFixture.person(Int64($0), $1) })
        let counts = ReportGroup.allCases.map { report.value("caseload.supported_to_date", $0) }
        #expect(counts == [9, 6, 3, 1, 2, 1, 1, 1].map { ReportValue.count($0) })
    }

    @Test func countsARepeatedPersonOnce() {
        let report = ReportFixture.report(people: [ReportFixture.person(1), ReportFixture.person(1, .fenland)])
        #expect(report.value("caseload.supported_to_date") == .count(1))
        #expect(report.value("caseload.supported_to_date", .fenland) == .count(0))
    }
}
