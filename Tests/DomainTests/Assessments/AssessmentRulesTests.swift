import Domain
import Testing

@Suite struct AssessmentRulesTests {
    static let today = CalendarDate(iso: "2026-11-22")!
    static let referredOn = CalendarDate(iso: "2025-01-10")!

    static func ndtForm(_ changes: [String: String?] = [:]) -> [String: String] {
        var form = Dictionary(uniqueKeysWithValues: NDTItem.allCases.map { ($0.rawValue, "2") })
        form["assessed_on"] = "2026-11-01"
        for (name, value) in changes { form[name] = value }
        return form
    }

    static func starForm(_ changes: [String: String?] = [:]) -> [String: String] {
        var form = Dictionary(uniqueKeysWithValues: StarArea.allCases.map { ($0.rawValue, "6") })
        form["assessed_on"] = "2026-11-01"
        for (name, value) in changes { form[name] = value }
        return form
    }

    static func readNDT(_ form: [String: String]) -> (NDTAssessment?, FieldErrors) {
        AssessmentRules.readNDT(field: { form[$0] }, today: today, referredOn: referredOn)
    }

    static func readStar(_ form: [String: String]) -> (StarReading?, FieldErrors) {
        AssessmentRules.readStar(field: { form[$0] }, today: today, referredOn: referredOn)
    }

    @Test func readsACompleteNDTForm() throws {
        let (assessment, errors) = Self.readNDT(Self.ndtForm(["risk_to_others": " 4 ", "period_note": " Settled month "]))
        #expect(errors.isEmpty)
        let read = try #require(assessment)
        #expect(read.rating(.riskToOthers) == 4)
        #expect(read.weightedTotal == 4 * 2 + 2 * 2 + 8 * 2)
        #expect(read.assessedOn == CalendarDate(iso: "2026-11-01"))
        #expect(read.periodNote == "Settled month")
    }

    @Test(arguments: NDTItem.allCases)
    func explainsAMissingNDTRating(item: NDTItem) {
        let (assessment, errors) = Self.readNDT(Self.ndtForm([item.rawValue: nil]))
        #expect(assessment == nil)
        #expect(errors[item.rawValue] == "Choose a rating from 0 to 4 for \(item.name).")
        #expect(errors.entries.count == 1)
    }

    @Test(arguments: ["-1", "2.5", "two", "", "１", "99999999999999999999999"])
    func rejectsAnNDTRatingThatIsNotAWholeNumber(value: String) {
        let (_, errors) = Self.readNDT(Self.ndtForm(["stress": value]))
        #expect(errors["stress"] == "Choose a rating from 0 to 4 for stress and anxiety.")
    }

    @Test(arguments: ["5", "9", "40"])
    func saysAWholeNumberRatingAboveFourIsOutOfRange(value: String) {
        let (_, errors) = Self.readNDT(Self.ndtForm(["stress": value]))
        #expect(errors["stress"] == "\(value) is out of range: rate stress and anxiety from 0 to 4.")
    }

    @Test func acceptsTheEndsOfTheNDTScale() {
        #expect(Self.readNDT(Self.ndtForm(["stress": "0", "housing": "4"])).1.isEmpty)
    }

    @Test func rejectsAnOverlongPeriodNote() {
        let (_, errors) = Self.readNDT(Self.ndtForm(["period_note": String(repeating: "a", count: 1001)]))
        #expect(errors["period_note"] == "Use 1000 characters or fewer.")
    }

    @Test(
        arguments: [
            (nil, "Enter the date of the assessment."),
            ("  ", "Enter the date of the assessment."),
            ("31/11/2026", "Enter the date as day, month and year, for example 27 3 2026."),
            ("2026-02-30", "Enter the date as day, month and year, for example 27 3 2026."),
            ("Tuesday", "Enter the date as day, month and year, for example 27 3 2026."),
            ("2026-11-23", "The date cannot be in the future."),
            ("2025-01-09", "The assessment cannot be dated before the referral on 10 Jan 2025."),
        ] as [(String?, String)])
    func explainsABadAssessmentDate(value: String?, message: String) {
        #expect(Self.readNDT(Self.ndtForm(["assessed_on": value])).1["assessed_on"] == message)
        #expect(Self.readStar(Self.starForm(["assessed_on": value])).1["assessed_on"] == message)
    }

    @Test(arguments: ["2025-01-10", "2026-11-22"])
    func acceptsTheReferralDayAndToday(value: String) {
        #expect(Self.readNDT(Self.ndtForm(["assessed_on": value])).0?.assessedOn == CalendarDate(iso: value))
    }

    @Test func readsACompleteStarForm() throws {
        let (reading, errors) = Self.readStar(Self.starForm(["offending": "10", "money": "1"]))
        #expect(errors.isEmpty)
        let read = try #require(reading)
        #expect(read.score(.offending) == 10)
        #expect(read.score(.money) == 1)
        #expect(read.version == StarReading.currentVersion)
    }

    @Test(arguments: StarArea.allCases)
    func explainsAMissingStarScore(area: StarArea) {
        let (reading, errors) = Self.readStar(Self.starForm([area.rawValue: nil]))
        #expect(reading == nil)
        #expect(errors[area.rawValue] == "Choose a score from 1 to 10 for \(area.name).")
    }

    @Test(arguments: ["5.5", "six"])
    func rejectsAStarScoreThatIsNotAWholeNumber(value: String) {
        #expect(
            Self.readStar(Self.starForm(["physical_health": value])).1["physical_health"]
                == "Choose a score from 1 to 10 for physical health.")
    }

    @Test(arguments: ["0", "11"])
    func saysAWholeNumberStarScoreOutsideOneToTenIsOutOfRange(value: String) {
        #expect(
            Self.readStar(Self.starForm(["physical_health": value])).1["physical_health"]
                == "\(value) is out of range: score physical health from 1 to 10.")
    }

    @Test func listsEveryProblemInFormOrder() {
        let (_, errors) = Self.readNDT(["stress": "9"])
        #expect(errors.entries.map(\.field) == ["assessed_on"] + NDTItem.allCases.map(\.rawValue))
    }
}
