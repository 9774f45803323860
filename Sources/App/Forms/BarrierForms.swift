import Domain
import HTTP

/// A system barrier to raise, decoded from the new-barrier form through Domain's
/// `BarrierRules`, with the partner organisations ticked from the list.
struct NewBarrierForm: DecodedForm {
    static let fields = ["title", "category", "raised_on", "level", "organisations", "description", "people_affected"]
    /// The checkboxes naming partner organisations by id.
    static let organisationField = "organisation_ids"

    let barrier: NewBarrier
    let organisationIDs: [Int64]

    /// The submitted text, kept exactly as typed for re-display.
    static func submitted(_ form: FormData) -> SubmittedForm {
        SubmittedForm(form, fields: fields, untrimmed: Set(fields))
    }

    /// The ticked organisations that read as ids (the handler looks these up).
    static func organisationIDs(_ ticked: [String]) -> [Int64] { ticked.compactMap { Int64($0) } }

    /// Decodes the form: the barrier's fields, and organisations that are all ids found in
    /// `existing` (the ones of `organisationIDs(ticked)` that the database knows).
    static func decode(
        _ input: SubmittedForm, ticked: [String], existing: Set<Int64>, today: CalendarDate, into errors: inout FieldErrors
    ) -> NewBarrierForm? {
        let (barrier, found) = BarrierRules.readNew({ input[$0] }, today: today)
        errors.add(found)
        let ids = organisationIDs(ticked)
        if ids.count != ticked.count || existing.count != Set(ids).count {
            errors.add(organisationField, "Choose organisations from the list.")
        }
        guard errors.isEmpty, let barrier else { return nil }
        return NewBarrierForm(barrier: barrier, organisationIDs: ids)
    }
}

/// A step in a barrier's life (a new status, its date, an escalation level, a note), decoded
/// from the barrier page's form through Domain's `BarrierRules`.
struct BarrierChangeForm: DecodedForm {
    static let fields = ["status", "on", "level", "note", "what_changed"]

    let change: BarrierChange

    /// Decodes the form against the barrier as it stands: a next status it may take, a date
    /// not before it was raised, and a higher level when escalating.
    static func decode(
        _ input: SubmittedForm, from current: BarrierStatus, currentLevel: BarrierLevel?, raisedOn: CalendarDate, today: CalendarDate,
        into errors: inout FieldErrors
    ) -> BarrierChangeForm? {
        let (change, found) = BarrierRules.readChange(
            { input[$0] }, from: current, currentLevel: currentLevel, raisedOn: raisedOn, today: today)
        errors.add(found)
        guard errors.isEmpty, let change else { return nil }
        return BarrierChangeForm(change: change)
    }
}
