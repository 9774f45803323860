import Domain
import HTTP

/// An NDT Assessment or Outcomes Star reading to record or correct, decoded from the
/// assessment form. The ratings and scores decode through Domain's `AssessmentRules`, the
/// same rules the import uses.
struct AssessmentForm {
    /// What was read: an NDT Assessment, or a Star reading with who took part and a note.
    enum Reading {
        case ndt(NDTAssessment)
        case star(StarReading, tookPart: String, note: String)
    }

    let reading: Reading
    /// Why a correction is made ("" when recording a new one).
    let changeReason: String

    /// The fields the form for `tool` sends.
    static func fields(_ tool: AssessmentTool) -> [String] {
        let slugs = tool == .ndt ? NDTItem.allCases.map(\.rawValue) : StarArea.allCases.map(\.rawValue)
        return slugs + ["assessed_on", "period_note", "took_part", "note", "change_reason"]
    }

    /// The submitted text, kept as typed for re-display except the change reason, which is trimmed.
    static func submitted(_ form: FormData, _ tool: AssessmentTool) -> SubmittedForm {
        let fields = fields(tool)
        return SubmittedForm(form, fields: fields, untrimmed: Set(fields).subtracting(["change_reason"]))
    }

    /// Decodes the form: the tool's ratings or scores and date (through `AssessmentRules`), for
    /// the Star who took part and a note of sensible length, and a reason when `correcting`.
    static func decode(
        _ input: SubmittedForm, tool: AssessmentTool, today: CalendarDate, referredOn: CalendarDate?, correcting: Bool,
        into errors: inout FieldErrors
    ) -> AssessmentForm? {
        let field = { (name: String) -> String? in input[name] }
        var reading: Reading?
        if tool == .ndt {
            let (ndt, found) = AssessmentRules.readNDT(field: field, today: today, referredOn: referredOn)
            errors.add(found)
            reading = ndt.map { .ndt($0) }
        } else {
            let (star, found) = AssessmentRules.readStar(field: field, today: today, referredOn: referredOn)
            errors.add(found)
            if input["took_part"].count > 500 { errors.add("took_part", "Use 500 characters or fewer.") }
            if input["note"].count > 2000 { errors.add("note", "Use 2,000 characters or fewer.") }
            reading = star.map {
                .star($0, tookPart: input["took_part"].trimmingWhitespace(), note: input["note"].trimmingWhitespace())
            }
        }
        if correcting, input["change_reason"].isEmpty { errors.add("change_reason", "Say what was wrong and why it is being corrected.") }
        guard errors.isEmpty, let reading else { return nil }
        return AssessmentForm(reading: reading, changeReason: input["change_reason"])
    }
}

/// An accommodation or service-use record for a support quarter, decoded from the quarter
/// form through Domain's `QuarterRecordRules`.
enum QuarterRecordForm {
    case accommodation(AccommodationRecord)
    case serviceUse(ServiceUseRecord)

    /// The fields the form for `kind` sends.
    static func fields(_ kind: QuarterRecordKind) -> [String] {
        kind.fields.map(\.slug) + [QuarterRecordRules.quarterField, QuarterRecordRules.tenancyTypeField]
    }

    /// The submitted text, kept exactly as typed for re-display.
    static func submitted(_ form: FormData, _ kind: QuarterRecordKind) -> SubmittedForm {
        let fields = fields(kind)
        return SubmittedForm(form, fields: fields, untrimmed: Set(fields))
    }

    /// Decodes the form: a quarter that has begun and a count for every setting or kind.
    static func decode(
        _ input: SubmittedForm, kind: QuarterRecordKind, support: SupportQuarter, today: CalendarDate, into errors: inout FieldErrors
    ) -> QuarterRecordForm? {
        let field = { (name: String) -> String? in input[name] }
        if kind == .accommodation {
            let (record, found) = QuarterRecordRules.readAccommodation(field: field, support: support, today: today)
            errors.add(found)
            return errors.isEmpty ? record.map { .accommodation($0) } : nil
        }
        let (record, found) = QuarterRecordRules.readServiceUse(field: field, support: support, today: today)
        errors.add(found)
        return errors.isEmpty ? record.map { .serviceUse($0) } : nil
    }
}
