import Domain
import Testing

@Suite struct ReportQuarterTests {
    @Test(arguments: [
        ("2024Q1", "2024-01-01", "2024-03-31", "Jan–Mar 2024", "2023/24 Q4"),
        ("2024Q2", "2024-04-01", "2024-06-30", "Apr–Jun 2024", "2024/25 Q1"),
        ("2024Q3", "2024-07-01", "2024-09-30", "Jul–Sep 2024", "2024/25 Q2"),
        ("2024Q4", "2024-10-01", "2024-12-31", "Oct–Dec 2024", "2024/25 Q3"),
        ("2025Q1", "2025-01-01", "2025-03-31", "Jan–Mar 2025", "2024/25 Q4"),
        ("1999Q4", "1999-10-01", "1999-12-31", "Oct–Dec 1999", "1999/00 Q3"),
        ("2000Q1", "2000-01-01", "2000-03-31", "Jan–Mar 2000", "1999/00 Q4"),
    ])
    func parsesAQuarterIntoItsDaysAndNames(text: String, first: String, last: String, title: String, financial: String) throws {
        let quarter = try ReportQuarter(parsing: text)
        #expect(quarter.firstDay.iso == first)
        #expect(quarter.lastDay.iso == last)
        #expect(quarter.title == title)
        #expect(quarter.financialYearName == financial)
        #expect(quarter.description == text)
    }

    @Test func acceptsALowerCaseQ() throws {
        #expect(try ReportQuarter(parsing: "2024q3") == ReportQuarter(year: 2024, quarter: 3))
    }

    @Test(arguments: [
        "", "2024", "2024Q", "2024Q0", "2024Q5", "24Q3", "2024-Q3", "2024Q3 ", " 2024Q3", "0000Q1", "2024Q12", "２０２４Q3",
    ])
    func rejectsTextThatIsNotAQuarter(text: String) {
        #expect(throws: DomainError.invalidQuarter(text)) { try ReportQuarter(parsing: text) }
    }

    @Test func explainsTheExpectedForm() {
        #expect(DomainError.invalidQuarter("2024Q5").description.contains("YYYYQn, for example 2024Q3"))
    }

    @Test func ordersQuartersInTime() {
        #expect(ReportQuarter(year: 2024, quarter: 4)! < ReportQuarter(year: 2025, quarter: 1)!)
    }
}
