import Domain
import HTTP
import Testing
@testable import App

/// The account and organisation forms decode into typed values or say what is wrong, field by field.
@Suite struct AdminFormsTests {
    static let today = CalendarDate(iso: "2026-03-01")!

    @Test func aGoodNewAccountDecodes() {
        var errors = FieldErrors()
        let input = AccountForm.submitted(FormData([
            ("display_name", "Bea Lark"), ("email", "bea@example.org"), ("organisation_id", "3"),
            ("role_reason", "Joins the coordination team this month."),
        ]))
        let account = AccountForm.decode(
            input, roles: [.coordinator], currentRoles: [], actorID: 1, subjectID: nil, requiresEmail: true,
            organisationExists: { $0 == 3 }, into: &errors)
        #expect(errors.isEmpty)
        #expect(account?.organisationID == 3)
        #expect(account?.change.granted == [.coordinator])
    }

    @Test func everyBadAccountFieldIsNamed() {
        var errors = FieldErrors()
        let input = AccountForm.submitted(FormData([("display_name", ""), ("email", "nobody"), ("organisation_id", "9")]))
        let account = AccountForm.decode(
            input, roles: [], currentRoles: [], actorID: 1, subjectID: nil, requiresEmail: true,
            organisationExists: { $0 == 3 }, into: &errors)
        #expect(account == nil)
        #expect(Set(errors.entries.map(\.field)) == ["display_name", "roles", "organisation_id", "email"])
        #expect(throws: AppError.self) { try AccountForm.roles(["coordinator", "emperor"]) }
    }

    @Test func aManagerCannotChangeTheirOwnRoles() {
        var errors = FieldErrors()
        let input = AccountForm.submitted(FormData([("display_name", "Bea Lark")]))
        _ = AccountForm.decode(
            input, roles: [.coordinator], currentRoles: [.manager], actorID: 4, subjectID: 4, requiresEmail: false,
            organisationExists: { _ in true }, into: &errors)
        #expect(errors["roles"] != nil)
        #expect(errors["email"] == nil)
    }

    @Test func aGoodOrganisationDecodes() {
        var errors = FieldErrors()
        let input = OrganisationForm.submitted(FormData([("name", "Riverside Housing"), ("sector", "commissioned"), ("pledge_signed_on", " 2026-01-10 ")]))
        let organisation = OrganisationForm.decode(input, today: Self.today, into: &errors)
        #expect(errors.isEmpty)
        #expect(organisation?.sector == .commissioned)
        #expect(organisation?.pledgeSignedOn == "2026-01-10")
        var none = FieldErrors()
        let unsigned = OrganisationForm.submitted(FormData([("name", "Riverside Housing"), ("sector", "other")]))
        #expect(OrganisationForm.decode(unsigned, today: Self.today, into: &none)?.pledgeSignedOn == nil)
    }

    @Test func everyBadOrganisationFieldIsNamed() {
        var errors = FieldErrors()
        let input = OrganisationForm.submitted(FormData([("name", " "), ("sector", "guild"), ("pledge_signed_on", "2027-01-01")]))
        #expect(OrganisationForm.decode(input, today: Self.today, into: &errors) == nil)
        #expect(Set(errors.entries.map(\.field)) == ["name", "sector", "pledge_signed_on"])
    }
}
