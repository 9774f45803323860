import Domain
import Testing

@Suite struct ImportReferencesTests {
    typealias F = ImportFixtures

    static let people: [String: CalendarDate?] = [
        "CF-0001": CalendarDate(iso: "2024-01-15")!, "CF-0002": CalendarDate(iso: "2024-10-01")!,
        "CF-0003": CalendarDate?.none,
    ]
    static let trustedKeys: Set<String> = ["tp-1", "tp-2"]

    static func check(_ kind: ImportKind, _ rows: [[String: String]], today: CalendarDate = F.today) -> [String] {
        let sample = F.sample(kind)
        let (read, errors) = F.read(kind, F.csv(kind, rows.map { sample.merging($0) { $1 } }))
        #expect(errors == [])
        return ImportReferences.check(
            rows: read, knownPeople: people, knownTrustedKeys: trustedKeys, file: F.file, today: today
        ).map(\.description)
    }

    @Test func acceptsLinksBetweenKnownPeopleAndKeys() {
        #expect(Self.check(.trustLinks, [[:], ["trusted_key": "tp-2", "introduced_by": "tp-1"]]).isEmpty)
    }

    @Test func rejectsALinkToAnUnknownPersonOrTrustedKey() {
        #expect(
            Self.check(.trustLinks, [["person_ref": "CF-0099", "trusted_key": "tp-9", "introduced_by": "tp-8"]]) == [
                "in.csv:2: person_ref: No person has the ref CF-0099: import them in a people file first.",
                "in.csv:2: trusted_key: No trusted person has the key tp-9: import them in a trusted-people file first.",
                "in.csv:2: introduced_by: No trusted person has the key tp-8: import them in a trusted-people file first.",
            ])
    }

    @Test func rejectsAnUnknownIntroducer() {
        #expect(
            Self.check(.trustLinks, [["introduced_by": "tp-7"]]) == [
                "in.csv:2: introduced_by: No trusted person has the key tp-7: import them in a trusted-people file first."
            ])
    }

    @Test func rejectsAssessmentsOfUnknownPeople() {
        #expect(
            Self.check(.star, [["person_ref": "CF-0404"]]) == [
                "in.csv:2: person_ref: No person has the ref CF-0404: import them in a people file first."
            ])
    }

    @Test func acceptsAssessmentsFromThreeMonthsBeforeSupportOpened() {
        #expect(Self.check(.ndt, [["assessed_on": "2023-10-15"], ["assessed_on": "2024-01-15"]]).isEmpty)
        #expect(Self.check(.ndt, [["person_ref": "CF-0003", "assessed_on": "2001-01-01"]]).isEmpty)
        #expect(
            ImportReferences.earliestAssessment(openedOn: CalendarDate(iso: "2024-05-31")!)
                == CalendarDate(iso: "2024-02-29"))
    }

    @Test func rejectsAssessmentsEarlierThanThat() {
        #expect(
            Self.check(.star, [["assessed_on": "2023-10-14"]]) == [
                "in.csv:2: assessed_on: Support opened on 15 Jan 2024, so an assessment can be dated from 15 Oct 2023 (three months before) onwards."
            ])
    }

    @Test func rejectsQuarterRecordsOfUnknownOrUnopenedPeople() {
        #expect(
            Self.check(.accommodation, [["person_ref": "CF-0404"], ["person_ref": "CF-0003"]]) == [
                "in.csv:2: person_ref: No person has the ref CF-0404: import them in a people file first.",
                "in.csv:3: support_quarter: CF-0003 has no opened_on date, so their support quarters cannot be counted.",
            ])
    }

    @Test func rejectsMoreNightsThanThePersonsQuarterHasDays() {
        let ninetyOne = ["person_ref": "CF-0002", "support_quarter": "2", "rough_sleeping": "50", "own_tenancy": "41"]
        #expect(
            Self.check(.accommodation, [ninetyOne]) == [
                "in.csv:2: total_nights: The nights add up to 91, but Quarter 2: 1 Jan 2025 to 31 Mar 2025 has only 90 days."
            ])
        #expect(Self.check(.accommodation, [ninetyOne.merging(["support_quarter": "1"]) { $1 }]).isEmpty)
    }

    @Test func rejectsAQuarterThatHasNotStarted() {
        #expect(Self.check(.serviceUse, [["person_ref": "CF-0002", "support_quarter": "9"]]).isEmpty)
        #expect(
            Self.check(.serviceUse, [["person_ref": "CF-0002", "support_quarter": "10"]]) == [
                "in.csv:2: support_quarter: Quarter 10 has not started yet: it begins on 1 Jan 2027."
            ])
    }

    @Test func rejectsMorePrisonNightsThanThePersonsQuarterHasDays() {
        #expect(
            Self.check(.serviceUse, [["person_ref": "CF-0002", "support_quarter": "2", "prison_nights": "91"]]) == [
                "in.csv:2: prison_nights: Quarter 2: 1 Jan 2025 to 31 Mar 2025 has only 90 days, so it cannot hold 91 nights in prison."
            ])
    }

    @Test func hasNothingToCheckForPeopleTrustedPeopleOrBarriers() {
        #expect(Self.check(.people, [["ref": "CF-0404"]]).isEmpty)
        #expect(Self.check(.trustedPeople, [["key": "tp-new"]]).isEmpty)
        #expect(Self.check(.barriers, [[:]]).isEmpty)
    }
}
