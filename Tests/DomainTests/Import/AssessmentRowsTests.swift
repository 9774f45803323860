import Domain
import Testing

@Suite struct AssessmentRowsTests {
    typealias F = ImportFixtures

    @Test func readsAStarReading() throws {
        let (rows, errors) = F.read(.star, F.csv(.star, ["money": "9", "offending": "10"]))
        #expect(errors.isEmpty)
        guard case .star(let row) = try #require(rows.first) else {
            Issue.record("not a star row")
            return
        }
        #expect(row.reading.score(.money) == 9)
        #expect(row.reading.score(.motivation) == 5)
        #expect(row.reading.version == StarReading.currentVersion)
        #expect(row.key == .assessment(personRef: "CF-0001", assessedOn: CalendarDate(iso: "2024-02-01")!))
    }

    @Test func rejectsStarScoresOutOfRangeWithTheFormsMessages() {
        #expect(
            F.errors(.star, ["money": "0", "tenancy": "", "assessed_on": "2027-01-01"]) == [
                "in.csv:2: assessed_on: The date cannot be in the future.",
                "in.csv:2: money: 0 is out of range: score managing money and personal administration from 1 to 10.",
                "in.csv:2: tenancy: Choose a score from 1 to 10 for managing tenancy and accommodation.",
            ])
    }

    @Test func readsAnNDTAssessmentWithItsNote() throws {
        let (rows, errors) = F.read(
            .ndt, F.csv(.ndt, ["risk_to_others": "4", "period_note": "A hard month, in hospital"]))
        #expect(errors.isEmpty)
        guard case .ndt(let row) = try #require(rows.first) else {
            Issue.record("not an NDT row")
            return
        }
        #expect(row.assessment.rating(.riskToOthers) == 4)
        #expect(row.assessment.weightedTotal == 28)
        #expect(row.assessment.periodNote == "A hard month, in hospital")
    }

    @Test func rejectsNDTRatingsOutOfRange() {
        #expect(
            F.errors(.ndt, ["stress": "5", "housing": "two"]) == [
                "in.csv:2: stress: 5 is out of range: rate stress and anxiety from 0 to 4.",
                "in.csv:2: housing: Choose a rating from 0 to 4 for housing.",
            ])
    }

    @Test func rejectsTwoAssessmentsOnOneDay() {
        let sample = F.sample(.ndt)
        #expect(
            F.read(.ndt, F.csv(.ndt, [sample, sample])).errors == [
                "in.csv:3: person_ref: The same person_ref and assessed_on as line 2 (CF-0001, 2024-02-01)."
            ])
    }
}
