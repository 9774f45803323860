import Domain
import HTTP

/// An account as a manager creates or edits it: name, email (on creation), organisation,
/// roles and the reason for a change of roles. Fields are kept as typed, as the stores and
/// rules normalise them.
struct AccountForm: DecodedForm {
    static let fields = ["display_name", "email", "organisation_id", "role_reason"]

    let displayName: String
    let email: String
    let organisationID: Int64?
    let roles: Set<Role>
    let change: RoleChangeRules.Change
    let roleReason: String

    /// The submitted fields, untrimmed.
    static func submitted(_ form: FormData) -> SubmittedForm { SubmittedForm(form, fields: fields, untrimmed: Set(fields)) }

    /// The ticked roles; a value that names no role is a bad request, not a mistake to show.
    static func roles(_ values: [String]) throws -> Set<Role> {
        try Set(values.map { value in
            guard let role = Role(rawValue: value) else { throw AppError.badRequest("That role does not exist.") }
            return role
        })
    }

    /// Decodes the form: a name, at least one role, an organisation that `organisationExists`
    /// knows when one is chosen, a change from `currentRoles` that `actorID` may make to
    /// `subjectID` (nil when creating), and a well-formed email when `requiresEmail`.
    static func decode(
        _ input: SubmittedForm, roles: Set<Role>, currentRoles: Set<Role>, actorID: Int64, subjectID: Int64?, requiresEmail: Bool,
        organisationExists: (Int64) throws -> Bool, into errors: inout FieldErrors
    ) rethrows -> AccountForm? {
        AccountRules.checkName(input["display_name"], into: &errors)
        if roles.isEmpty { errors.add("roles", "Choose at least one role.") }
        var organisationID: Int64?
        if !input["organisation_id"].isEmpty {
            organisationID = Int64(input["organisation_id"])
            if !(try organisationID.map(organisationExists) ?? false) {
                errors.add("organisation_id", "Choose an organisation from the list.")
            }
        }
        let change = RoleChangeRules.Change(from: currentRoles, to: roles)
        RoleChangeRules.check(change, actorID: actorID, subjectID: subjectID, reason: input["role_reason"], into: &errors)
        if requiresEmail { AccountRules.checkEmail(input["email"], into: &errors) }
        guard errors.isEmpty else { return nil }
        return AccountForm(
            displayName: input["display_name"], email: input["email"], organisationID: organisationID, roles: roles, change: change,
            roleReason: input["role_reason"])
    }
}

/// A partner organisation's details: name, sector and the day it signed the pledge, if it has.
struct OrganisationForm: DecodedForm {
    static let fields = ["name", "sector", "pledge_signed_on"]

    let name: String
    let sector: Sector
    let pledgeSignedOn: String?

    /// The submitted fields: the name and sector as typed, the pledge date trimmed.
    static func submitted(_ form: FormData) -> SubmittedForm { SubmittedForm(form, fields: fields, untrimmed: ["name", "sector"]) }

    /// Decodes the form by `OrganisationRules` (a name, a sector, a pledge date not after `today`).
    static func decode(_ input: SubmittedForm, today: CalendarDate, into errors: inout FieldErrors) -> OrganisationForm? {
        OrganisationRules.check(
            name: input["name"], sector: input["sector"], pledgeSignedOn: input["pledge_signed_on"], today: today, into: &errors)
        guard errors.isEmpty, let sector = Sector(rawValue: input["sector"]) else { return nil }
        let pledge = input["pledge_signed_on"]
        return OrganisationForm(name: input["name"], sector: sector, pledgeSignedOn: pledge.isEmpty ? nil : pledge)
    }
}
