/// Checks an import's rows against what exists (each file is imported on its own, so what
/// exists is what the database holds): the people and trusted people the rows name, and the
/// support quarters that need a person's `opened_on` to be measured.
///
/// Assessments: the form forbids one dated before the referral, but the people file carries
/// no referral date. So a Star or NDT row may be dated up to three months before support
/// opened — the span REPORTS.md calls quarter 0, "the three months before support began",
/// when baselines are often taken — and no earlier. A person not yet opened has no bound.
public enum ImportReferences {
    /// The problems with `rows`, one `ImportError` per problem, given the people that exist
    /// (ref → `opened_on`; a referred person maps to `.some(nil)`, so store them with
    /// `updateValue(nil, forKey:)`, since assigning nil removes the key) and the keys of the
    /// trusted people that exist.
    public static func check(
        rows: [ImportRow], knownPeople: [String: CalendarDate?], knownTrustedKeys: Set<String>, file: String,
        today: CalendarDate
    ) -> [ImportError] {
        var errors: [ImportError] = []
        for row in rows {
            var problems = FieldErrors()
            check(row, knownPeople: knownPeople, knownTrustedKeys: knownTrustedKeys, today: today, into: &problems)
            errors += ImportError.all(from: problems, file: file, line: row.line)
        }
        return errors
    }

    /// The earliest day an assessment may be dated for support opened on `openedOn`.
    public static func earliestAssessment(openedOn: CalendarDate) -> CalendarDate {
        SupportQuarter(openedOn: openedOn).range(0).lowerBound
    }

    private static func check(
        _ row: ImportRow, knownPeople: [String: CalendarDate?], knownTrustedKeys: Set<String>, today: CalendarDate,
        into errors: inout FieldErrors
    ) {
        /// The person's `opened_on` (nil when not opened), or nil after an error when unknown.
        func person(_ ref: String) -> CalendarDate?? {
            guard let openedOn = knownPeople[ref] else {
                errors.add("person_ref", "No person has the ref \(ref): import them in a people file first.")
                return nil
            }
            return .some(openedOn)
        }
        func trustedPerson(_ column: String, _ key: String) {
            guard !knownTrustedKeys.contains(key) else { return }
            errors.add(column, "No trusted person has the key \(key): import them in a trusted-people file first.")
        }
        switch row {
        case .person, .trustedPerson, .barrier: break
        case .survey(let survey): _ = person(survey.personRef)
        case .training(let training): trustedPerson("trusted_key", training.trustedKey)
        case .trustLink(let link):
            _ = person(link.personRef)
            trustedPerson("trusted_key", link.trustedKey)
            if let introducedBy = link.introducedBy { trustedPerson("introduced_by", introducedBy) }
        case .star(let star):
            if case .some(.some(let openedOn)) = person(star.personRef) {
                checkAssessed(star.reading.assessedOn, openedOn: openedOn, into: &errors)
            }
        case .ndt(let ndt):
            if case .some(.some(let openedOn)) = person(ndt.personRef) {
                checkAssessed(ndt.assessment.assessedOn, openedOn: openedOn, into: &errors)
            }
        case .accommodation(let accommodation):
            if let openedOn = quarterStart(person(accommodation.personRef), accommodation.personRef, &errors) {
                add(accommodation.check(openedOn: openedOn, today: today), into: &errors)
            }
        case .serviceUse(let serviceUse):
            if let openedOn = quarterStart(person(serviceUse.personRef), serviceUse.personRef, &errors) {
                add(serviceUse.check(openedOn: openedOn, today: today), into: &errors)
            }
        }
    }

    private static func checkAssessed(
        _ assessedOn: CalendarDate, openedOn: CalendarDate, into errors: inout FieldErrors
    ) {
        let earliest = earliestAssessment(openedOn: openedOn)
        guard assessedOn < earliest else { return }
        errors.add(
            "assessed_on",
            "Support opened on \(openedOn.display), so an assessment can be dated from \(earliest.display) "
                + "(three months before) onwards.")
    }

    /// The day a known person's support opened; an error when they have not opened.
    private static func quarterStart(_ person: CalendarDate??, _ ref: String, _ errors: inout FieldErrors)
        -> CalendarDate?
    {
        guard case .some(let openedOn) = person else { return nil }
        if openedOn == nil {
            errors.add(
                QuarterRecordRules.quarterField,
                "\(ref) has no opened_on date, so their support quarters cannot be counted.")
        }
        return openedOn
    }

    private static func add(_ other: FieldErrors, into errors: inout FieldErrors) {
        for entry in other.entries { errors.add(entry.field, entry.message) }
    }
}
