import Domain
import Testing

@Suite struct QuarterRecordRulesTests {
    static let support = SupportQuarter(openedOn: CalendarDate(iso: "2024-10-01")!)
    static let today = CalendarDate(iso: "2025-06-30")!

    static func accommodationForm(_ changes: [String: String?]) -> [String: String] {
        var form = Dictionary(uniqueKeysWithValues: AccommodationSetting.allCases.map { ($0.rawValue, "0") })
        form["support_quarter"] = "1"
        for (name, value) in changes { form[name] = value }
        return form
    }

    static func serviceForm(_ changes: [String: String?]) -> [String: String] {
        var form = Dictionary(uniqueKeysWithValues: ServiceUseKind.allCases.map { ($0.rawValue, "0") })
        form["support_quarter"] = "0"
        for (name, value) in changes { form[name] = value }
        return form
    }

    static func readAccommodation(_ form: [String: String]) -> (AccommodationRecord?, FieldErrors) {
        QuarterRecordRules.readAccommodation(field: { form[$0] }, support: support, today: today)
    }

    static func readServiceUse(_ form: [String: String]) -> (ServiceUseRecord?, FieldErrors) {
        QuarterRecordRules.readServiceUse(field: { form[$0] }, support: support, today: today)
    }

    @Test func listsTheEightSettingsAndSixKinds() {
        #expect(
            AccommodationSetting.allCases.map(\.rawValue) == [
                "rough_sleeping", "night_shelter", "bed_and_breakfast_or_hostel", "supported_accommodation",
                "living_with_family_or_friends", "own_tenancy", "prison", "hospital",
            ])
        #expect(
            ServiceUseKind.allCases.map(\.rawValue) == [
                "prison_nights", "mental_health_admissions", "arrests", "ae_attendances", "section_136", "evictions",
            ])
    }

    @Test func acceptsNinetyTwoNightsInANinetyTwoDayQuarter() throws {
        let (record, errors) = Self.readAccommodation(Self.accommodationForm(["rough_sleeping": "50", "own_tenancy": "42"]))
        #expect(errors.isEmpty)
        #expect(try #require(record).totalNights == 92)
        #expect(record?.nights(.roughSleeping) == 50)
    }

    @Test func rejectsNinetyOneNightsInANinetyDayQuarter() {
        let form = Self.accommodationForm(["support_quarter": "2", "rough_sleeping": "50", "own_tenancy": "41"])
        let (record, errors) = Self.readAccommodation(form)
        #expect(record == nil)
        #expect(errors["total_nights"] == "The nights add up to 91, but Quarter 2: 1 Jan 2025 to 31 Mar 2025 has only 90 days.")
    }

    @Test func acceptsNinetyNightsInANinetyDayQuarter() {
        let form = Self.accommodationForm(["support_quarter": "2", "rough_sleeping": "50", "own_tenancy": "40"])
        #expect(Self.readAccommodation(form).1.isEmpty)
    }

    @Test(arguments: ["93", "-1", "", "a few", "3.5"])
    func explainsABadNumberOfNights(value: String) {
        let (_, errors) = Self.readAccommodation(Self.accommodationForm(["night_shelter": value]))
        #expect(errors["night_shelter"] == "Enter a number of nights from 0 to 92 for a night shelter.")
    }

    @Test(arguments: AccommodationSetting.allCases)
    func requiresEverySetting(setting: AccommodationSetting) {
        let (_, errors) = Self.readAccommodation(Self.accommodationForm([setting.rawValue: nil]))
        #expect(errors[setting.rawValue] == "Enter a number of nights from 0 to 92 for \(setting.name).")
    }

    @Test func recordsAccommodationFromQuarterOne() {
        let (_, errors) = Self.readAccommodation(Self.accommodationForm(["support_quarter": "0"]))
        #expect(errors["support_quarter"] == "Accommodation is recorded from quarter 1, the first three months of support.")
    }

    @Test(arguments: ["", "Q1", "-1"])
    func explainsAMissingQuarter(value: String) {
        #expect(
            Self.readAccommodation(Self.accommodationForm(["support_quarter": value])).1["support_quarter"]
                == "Choose the quarter of support.")
        #expect(
            Self.readServiceUse(Self.serviceForm(["support_quarter": value])).1["support_quarter"]
                == "Choose the quarter of support.")
    }

    @Test func refusesAQuarterThatHasNotStarted() {
        let (_, errors) = Self.readAccommodation(Self.accommodationForm(["support_quarter": "4"]))
        #expect(errors["support_quarter"] == "Quarter 4 has not started yet: it begins on 1 Jul 2025.")
    }

    @Test func acceptsServiceUseBeforeSupport() throws {
        let (record, errors) = Self.readServiceUse(Self.serviceForm(["arrests": "3", "ae_attendances": " 12 "]))
        #expect(errors.isEmpty)
        let read = try #require(record)
        #expect(read.quarter == 0)
        #expect(read.count(.arrests) == 3)
        #expect(read.count(.aeAttendances) == 12)
    }

    @Test(arguments: ServiceUseKind.allCases)
    func explainsABadCount(kind: ServiceUseKind) {
        let (_, errors) = Self.readServiceUse(Self.serviceForm([kind.rawValue: "-2"]))
        #expect(errors[kind.rawValue] == "Enter the number of \(kind.name), 0 or more.")
    }

    @Test func limitsPrisonNightsToTheQuartersDays() {
        let (_, errors) = Self.readServiceUse(Self.serviceForm(["support_quarter": "2", "prison_nights": "91"]))
        #expect(
            errors["prison_nights"]
                == "Quarter 2: 1 Jan 2025 to 31 Mar 2025 has only 90 days, so it cannot hold 91 nights in prison.")
    }

    @Test func validatesRecordsBuiltInCode() {
        var errors = FieldErrors()
        AccommodationRecord(quarter: 1, nights: [.prison: 100]).validate(support: Self.support, today: Self.today, into: &errors)
        #expect(errors["prison"] == "Enter a number of nights from 0 to 92 for prison.")
        #expect(errors["total_nights"] != nil)
        var serviceErrors = FieldErrors()
        ServiceUseRecord(quarter: -1, counts: [:]).validate(support: Self.support, today: Self.today, into: &serviceErrors)
        #expect(serviceErrors["support_quarter"] == "Choose quarter 0 (before support) or a later quarter.")
    }
}
