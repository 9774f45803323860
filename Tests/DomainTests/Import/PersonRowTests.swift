import Domain
import Testing

@Suite struct PersonRowTests {
    typealias F = ImportFixtures

    static func person(_ changes: [String: String]) throws -> PersonRow {
        let (rows, errors) = F.read(.people, F.csv(.people, changes))
        #expect(errors == [])
        guard case .person(let row) = try #require(rows.first) else { throw PersonRowError.notAPerson }
        return row
    }

    enum PersonRowError: Error { case notAPerson }

    @Test func readsTheSampleRow() throws {
        let row = try Self.person([:])
        #expect(row.ref == "CF-0001")
        #expect(row.line == 2)
        #expect(row.key == .ref("CF-0001"))
        #expect(row.district == .cambridge)
        #expect(row.status == .open)
        #expect(row.openedOn == CalendarDate(iso: "2024-01-15"))
        #expect(row.legalName == nil)
        #expect(row.disadvantages == [.homelessness, .substanceMisuse, .offending])
    }

    @Test(arguments: [
        ("yes", true), ("YES", true), ("y", true), ("True", true), ("1", true), ("no", false), ("N", false),
        ("false", false), ("0", false),
    ]) func readsEveryYesNoForm(text: String, answer: Bool) throws {
        #expect(try Self.person(["domestic_abuse": text]).disadvantages.contains(.domesticAbuse) == answer)
    }

    @Test(arguments: ["maybe", "2", "yes please"]) func rejectsOtherYesNoAnswers(text: String) {
        #expect(
            F.errors(.people, ["mental_health": text]) == [
                "in.csv:2: mental_health: Use yes or no (or y/n, true/false, 1/0), not \"\(text)\"."
            ])
    }

    @Test func needsEveryDisadvantageAnswered() {
        #expect(
            F.errors(.people, ["offending": ""]) == ["in.csv:2: offending: Enter yes or no (or y/n, true/false, 1/0)."])
    }

    @Test(arguments: [
        ("South Cambridgeshire", District.southCambridgeshire), ("east-cambridgeshire", .eastCambridgeshire),
        ("PETERBOROUGH", .peterborough), ("Fenland", .fenland),
    ]) func acceptsDistrictSlugsAndDisplayNames(text: String, district: District) throws {
        #expect(try Self.person(["district": text]).district == district)
    }

    @Test func rejectsAnUnknownDistrictAndCohortGroup() {
        #expect(
            F.errors(.people, ["district": "Norwich", "cohort_group": "unknown"]) == [
                "in.csv:2: district: Choose the district the person lives in.",
                "in.csv:2: cohort_group: Choose how the person relates to services.",
            ])
    }

    @Test func rejectsABadRefAndAMissingName() {
        #expect(
            F.errors(.people, ["ref": "CF 1", "preferred_name": ""]) == [
                "in.csv:2: ref: Use the person's ref: 1 to 20 letters, digits and dashes, like CF-0042.",
                "in.csv:2: preferred_name: Enter the name the person likes to be called.",
            ])
    }

    @Test func rejectsAnUnknownStatus() {
        #expect(
            F.errors(.people, ["status": "paused"]) == [
                "in.csv:2: status: Use one of: referred, open, closed; not \"paused\"."
            ])
    }

    @Test func rejectsFutureAndMalformedDates() {
        #expect(
            F.errors(.people, ["opened_on": "2026-11-23", "date_of_birth": "1/5/1980"]) == [
                "in.csv:2: opened_on: The date cannot be in the future.",
                "in.csv:2: date_of_birth: Enter the date as YYYY-MM-DD, for example 2026-03-01.",
            ])
        #expect(F.errors(.people, ["opened_on": "2026-11-22"]).isEmpty)
    }

    @Test func needsOpenedOnForAnOpenCase() {
        #expect(
            F.errors(.people, ["opened_on": ""]) == ["in.csv:2: opened_on: An open case needs the date support opened."]
        )
    }

    @Test func needsBothDatesForAClosedCaseButNotAReason() throws {
        #expect(
            F.errors(.people, ["status": "closed", "opened_on": ""]) == [
                "in.csv:2: opened_on: A closed case needs the date support opened.",
                "in.csv:2: closed_on: A closed case needs the date it closed.",
            ])
        let closed = try Self.person(["status": "closed", "closed_on": "2025-01-31"])
        #expect(closed.closedOn == CalendarDate(iso: "2025-01-31"))
        #expect(closed.closureReason == nil)
        #expect(
            try Self.person(["status": "closed", "closed_on": "2025-01-31", "closure_reason": "died"]).closureReason
                == .died)
    }

    @Test func keepsStatusAndDatesConsistent() {
        #expect(
            F.errors(.people, ["status": "referred"]) == [
                "in.csv:2: opened_on: A referred case has not opened: leave opened_on empty."
            ])
        #expect(
            F.errors(.people, ["closed_on": "2025-01-31", "closure_reason": "other"]) == [
                "in.csv:2: closed_on: Only a closed case has closed_on; this one is open.",
                "in.csv:2: closure_reason: Only a closed case has a closure reason; this one is open.",
            ])
        #expect(
            F.errors(.people, ["status": "closed", "closed_on": "2023-12-31"]) == [
                "in.csv:2: closed_on: The case cannot close before it opened."
            ])
    }

    @Test func acceptsAReferredCaseWithNoDates() throws {
        let row = try Self.person(["status": "referred", "opened_on": ""])
        #expect(row.openedOn == nil)
    }

    @Test func appliesTheReferralFormsAgeRule() {
        #expect(
            F.errors(.people, ["date_of_birth": "2010-01-01"]) == [
                "in.csv:2: date_of_birth: The programme works with adults: the person must be 18 or over when referred."
            ])
    }

    @Test func rejectsADuplicateRefOnTheLaterLine() {
        let sample = F.sample(.people)
        let text = F.csv(.people, [sample, sample.merging(["ref": "CF-0002"]) { $1 }, sample])
        let (rows, errors) = F.read(.people, text)
        #expect(rows.count == 2)
        #expect(errors == ["in.csv:4: ref: The same ref as line 2 (CF-0001)."])
    }
}
