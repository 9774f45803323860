import Domain
import HTTP
import Testing
@testable import App

/// The champions' forms decode into typed values or say what is wrong, field by field.
@Suite struct ChampionFormTests {
    static let today = CalendarDate(iso: "2026-03-01")!

    @Test func anInvitationDecodesOrNamesItsFields() {
        var errors = FieldErrors()
        let good = InvitationForm.submitted(FormData([("display_name", "Robin Ash"), ("email", "robin@example.org"), ("paid", "volunteer")]))
        let invited = InvitationForm.decode(good, emailExists: false, emailPending: false, into: &errors)
        #expect(invited?.paid == .volunteer)
        #expect(invited?.email == "robin@example.org")
        var bad = FieldErrors()
        let typed = InvitationForm.submitted(FormData([("display_name", ""), ("email", "robin@example.org"), ("paid", "both")]))
        #expect(InvitationForm.decode(typed, emailExists: true, emailPending: false, into: &bad) == nil)
        #expect(Set(bad.entries.map(\.field)) == ["display_name", "email", "paid"])
        #expect(bad["email"] == "An account with this email address already exists.")
    }

    @Test func aHelpRequestDecodesOrNamesItsFields() {
        var errors = FieldErrors()
        let good = HelpRequestForm.submitted(FormData([("individual", "4"), ("addressed_to", "champion"), ("text", "Housing benefit forms")]))
        let asked = HelpRequestForm.decode(good, walksAlongside: [4], hasOrganisation: true, into: &errors)
        #expect(asked?.individualID == 4)
        #expect(asked?.addressee == .champion)
        var bad = FieldErrors()
        #expect(HelpRequestForm.decode(good, walksAlongside: [5], hasOrganisation: false, into: &bad) == nil)
        #expect(Set(bad.entries.map(\.field)) == ["individual", "addressed_to"])
        var empty = FieldErrors()
        let blank = HelpRequestForm.submitted(FormData([("text", "  ")]))
        #expect(HelpRequestForm.decode(blank, walksAlongside: [4], hasOrganisation: true, into: &empty) == nil)
        #expect(Set(empty.entries.map(\.field)) == ["individual", "addressed_to", "text"])
        var noReply = FieldErrors()
        #expect(HelpReplyForm.decode(HelpReplyForm.submitted(FormData([("reply", " ")])), into: &noReply) == nil)
        #expect(noReply["reply"] != nil)
    }

    @Test func aPledgeRenewalDecodesOrNamesItsFields() {
        var errors = FieldErrors()
        let good = PledgeRenewalForm.submitted(FormData([("signed_on", "2026-02-01"), ("signed_by", "Kim Lee"), ("confirm", "yes")]))
        let renewal = PledgeRenewalForm.decode(good, previous: nil, today: Self.today, into: &errors)
        #expect(renewal?.signedOn == CalendarDate(iso: "2026-02-01"))
        #expect(renewal?.signedBy == "Kim Lee")
        var bad = FieldErrors()
        let typed = PledgeRenewalForm.submitted(FormData([("signed_on", "2026-04-01"), ("signed_by", ""), ("confirm", "")]))
        #expect(PledgeRenewalForm.decode(typed, previous: nil, today: Self.today, into: &bad) == nil)
        #expect(Set(bad.entries.map(\.field)) == ["signed_on", "signed_by", "confirm"])
    }

    @Test func aWorkPhoneDecodesOrIsRefused() {
        var errors = FieldErrors()
        #expect(WorkContactForm.decode(WorkContactForm.submitted(FormData([("work_phone", "")])), into: &errors)?.phone == "")
        var bad = FieldErrors()
        #expect(WorkContactForm.decode(WorkContactForm.submitted(FormData([("work_phone", "call me maybe")])), into: &bad) == nil)
        #expect(bad["work_phone"] != nil)
    }
}
