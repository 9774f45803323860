import Domain
import Testing

@Suite struct QuarterRowsTests {
    typealias F = ImportFixtures

    @Test func readsAnAccommodationRecord() throws {
        let (rows, errors) = F.read(.accommodation, F.csv(.accommodation, ["own_tenancy": "62"]))
        #expect(errors.isEmpty)
        guard case .accommodation(let row) = try #require(rows.first) else {
            Issue.record("not accommodation")
            return
        }
        #expect(row.record.totalNights == 92)
        #expect(row.key == .quarter(personRef: "CF-0001", supportQuarter: 1))
    }

    @Test func checksNightsAgainstTheLongestQuarterBeforeTheDatesAreKnown() {
        #expect(
            F.errors(.accommodation, ["own_tenancy": "63"]) == [
                "in.csv:2: total_nights: The nights add up to 93, but no quarter has more than 92 days."
            ])
        #expect(
            F.errors(.accommodation, ["prison": "93", "hospital": ""]) == [
                "in.csv:2: prison: Enter a number of nights from 0 to 92 for prison.",
                "in.csv:2: hospital: Enter a number of nights from 0 to 92 for hospital.",
            ])
    }

    @Test func startsAccommodationAtQuarterOne() {
        #expect(
            F.errors(.accommodation, ["support_quarter": "0"]) == [
                "in.csv:2: support_quarter: Accommodation is recorded from quarter 1, the first three months of support."
            ])
        #expect(
            F.errors(.accommodation, ["support_quarter": "x"]) == [
                "in.csv:2: support_quarter: Choose the quarter of support."
            ])
    }

    @Test func readsAServiceUseRecordForTheQuarterBeforeSupport() throws {
        let (rows, errors) = F.read(.serviceUse, F.csv(.serviceUse, ["prison_nights": "92"]))
        #expect(errors.isEmpty)
        guard case .serviceUse(let row) = try #require(rows.first) else {
            Issue.record("not service use")
            return
        }
        #expect(row.record.quarter == 0)
        #expect(row.record.count(.arrests) == 2)
        #expect(row.record.count(.prisonNights) == 92)
    }

    @Test func checksPrisonNightsAgainstTheLongestQuarterBeforeTheDatesAreKnown() {
        #expect(
            F.errors(.serviceUse, ["prison_nights": "93", "support_quarter": "3"]) == [
                "in.csv:2: prison_nights: No quarter has more than 92 days, so it cannot hold 93 nights in prison."
            ])
    }

    @Test func rejectsNegativeAndMissingCounts() {
        #expect(
            F.errors(.serviceUse, ["arrests": "-1", "evictions": ""]) == [
                "in.csv:2: arrests: Enter the number of arrests, 0 or more.",
                "in.csv:2: evictions: Enter the number of evictions, 0 or more.",
            ])
    }

    @Test func rejectsTwoRecordsForOneQuarter() {
        let sample = F.sample(.serviceUse)
        #expect(
            F.read(.serviceUse, F.csv(.serviceUse, [sample, sample])).errors == [
                "in.csv:3: person_ref: The same person_ref and support_quarter as line 2 (CF-0001, 0)."
            ])
    }
}
