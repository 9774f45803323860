import Testing
@testable import Domain

@Suite struct CalendarDateTests {
    @Test(arguments: ["2024-02-29", "2026-11-22", "0001-01-01", "9999-12-31"])
    func parsesValidDatesAndWritesThemBack(text: String) {
        #expect(CalendarDate(iso: text)?.iso == text)
    }

    @Test(arguments: ["2023-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "26-11-22", "2026-1-22", "2026-11-22T00:00", "", "２０２６-11-22", "+026-11-22"])
    func rejectsInvalidDates(text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test func showsDatesAsPeopleReadThem() {
        #expect(CalendarDate(iso: "2026-11-22")?.display == "22 Nov 2026")
        #expect(CalendarDate(iso: "2027-01-05")?.display == "5 Jan 2027")
    }

    @Test func ordersByDay() throws {
        let earlier = try #require(CalendarDate(iso: "2025-12-31"))
        let later = try #require(CalendarDate(iso: "2026-01-01"))
        #expect(earlier < later)
    }

    @Test func knowsLeapYears() {
        #expect(CalendarDate.isLeapYear(2024))
        #expect(!CalendarDate.isLeapYear(1900))
        #expect(CalendarDate.isLeapYear(2000))
    }
}

@Suite struct OrganisationRulesTests {
    let today = CalendarDate(iso: "2026-11-22")!

    @Test func acceptsAFullOrganisation() {
        var errors = FieldErrors()
        OrganisationRules.check(name: "Riverside Day Centre", sector: "voluntary-community", pledgeSignedOn: "2026-03-01", today: today, into: &errors)
        #expect(errors.isEmpty)
    }

    @Test func explainsEachBadField() {
        var errors = FieldErrors()
        OrganisationRules.check(name: " ", sector: "charity", pledgeSignedOn: "1 March", today: today, into: &errors)
        #expect(errors["name"] != nil)
        #expect(errors["sector"] != nil)
        #expect(errors["pledge_signed_on"] != nil)
    }

    @Test func refusesAPledgeDateInTheFuture() {
        var errors = FieldErrors()
        OrganisationRules.check(name: "A", sector: "other", pledgeSignedOn: "2026-11-23", today: today, into: &errors)
        #expect(errors["pledge_signed_on"] == "The pledge date cannot be in the future.")
    }
}

@Suite struct CalendarArithmeticTests {
    @Test(arguments: ["1970-01-01", "2000-02-29", "2024-12-31", "1969-12-31", "2100-03-01", "0001-01-01"])
    func dayNumbersRoundTrip(text: String) throws {
        let date = try #require(CalendarDate(iso: text))
        #expect(CalendarDate(dayNumber: date.dayNumber) == date)
    }

    @Test func countsDaysAcrossLeapYears() throws {
        let start = try #require(CalendarDate(iso: "2024-02-28"))
        #expect(start.adding(days: 1).iso == "2024-02-29")
        #expect(start.adding(days: 2).iso == "2024-03-01")
        #expect(try #require(CalendarDate(iso: "2025-01-01")).days(since: try #require(CalendarDate(iso: "2024-01-01"))) == 366)
        #expect(CalendarDate(dayNumber: 0).iso == "1970-01-01")
    }

    @Test func addsMonthsClampingToTheMonthsEnd() throws {
        #expect(try #require(CalendarDate(iso: "2024-01-31")).adding(months: 1).iso == "2024-02-29")
        #expect(try #require(CalendarDate(iso: "2023-01-31")).adding(months: 1).iso == "2023-02-28")
        #expect(try #require(CalendarDate(iso: "2024-11-15")).adding(months: 3).iso == "2025-02-15")
        #expect(try #require(CalendarDate(iso: "2024-03-31")).adding(months: -1).iso == "2024-02-29")
    }
}

/// Dates as people type them into a form.
@Suite struct TypedDateTests {
    @Test(arguments: ["27 3 2026", "27/03/2026", "27-3-2026", "27.03.2026", " 27  3 2026 ", "2026-03-27"])
    func readsDayMonthYearOrISO(_ text: String) {
        #expect(CalendarDate(typed: text) == CalendarDate(year: 2026, month: 3, day: 27))
    }

    @Test(arguments: ["31 11 2026", "27 13 2026", "27 3 26", "2026 3 27", "27th March 2026", "", "27 3", "٢٧ ٣ ٢٠٢٦"])
    func refusesWhatIsNotADate(_ text: String) {
        #expect(CalendarDate(typed: text) == nil)
    }
}
