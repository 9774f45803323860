import Testing
@testable import Domain

/// The champions' pledge: renewal due 12 months after signing, and its state on a given day.
@Suite struct PledgeTests {
    let pledge = Pledge(signedOn: CalendarDate(iso: "2026-02-28")!, signedBy: "Alex Moor")

    @Test func renewalFallsDueTwelveMonthsAfterSigning() {
        #expect(pledge.renewalDue == CalendarDate(iso: "2027-02-28")!)
    }

    @Test(arguments: [
        ("2026-06-01", Pledge.State.current), ("2026-12-30", .dueSoon), ("2027-02-27", .dueSoon), ("2027-02-28", .overdue),
    ])
    func theStateMovesFromCurrentToDueSoonToOverdue(today: String, state: Pledge.State) {
        #expect(pledge.state(today: CalendarDate(iso: today)!) == state)
    }

    @Test func noPledgeIsNotSigned() {
        #expect(Pledge.state(nil, today: CalendarDate(iso: "2026-06-01")!) == .notSigned)
    }

    @Test func aRenewalNeedsADateNotInTheFutureNorBeforeTheLastASignerAndTheConfirmation() {
        let today = CalendarDate(iso: "2026-11-18")!
        var errors = FieldErrors()
        #expect(Pledge.checkRenewal(signedOn: "2026-01-01", signedBy: " ", confirmed: false, previous: pledge, today: today, into: &errors) == nil)
        #expect(errors["signed_on"] != nil && errors["signed_by"] != nil && errors["confirm"] != nil)
        var fine = FieldErrors()
        #expect(Pledge.checkRenewal(signedOn: "2026-11-18", signedBy: "Alex", confirmed: true, previous: pledge, today: today, into: &fine) == today)
    }
}
