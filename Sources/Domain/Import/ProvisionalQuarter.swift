/// A support quarter to read an accommodation or service-use row against before the person's
/// `opened_on` is known: support opened so that the row's quarter is 1 July to 30 September
/// 2000 — 92 days, the most a quarter has, and long begun. Reading against it checks every
/// rule but the real quarter's length and start, which `ImportReferences` checks later.
struct ProvisionalQuarter {
    let number: Int
    let support: SupportQuarter

    /// The quarter the `support_quarter` cell names (quarter 1 when it names none: the cell's
    /// own error is reported anyway).
    init(cell: String) {
        let named = Int(cell) ?? 1
        number = (0...QuarterRecordRules.maximumQuarter).contains(named) ? named : 1
        let julyFirst = CalendarDate(year: 2000, month: 7, day: 1)!
        support = SupportQuarter(openedOn: julyFirst.adding(months: -3 * (number - 1)))
    }

    /// `errors` with any mention of this stand-in quarter said plainly, since its dates are not
    /// the person's: "…, but no quarter has more than 92 days."
    func plain(_ errors: FieldErrors) -> FieldErrors {
        let stated = "\(support.describe(number)) has only \(support.days(number)) days"
        let plainly = "no quarter has more than \(SupportQuarter.maximumDays) days"
        var result = FieldErrors()
        for entry in errors.entries {
            var message = entry.message
            if message.hasPrefix(stated) {
                message = "N" + plainly.dropFirst() + message.dropFirst(stated.count)
            } else {
                message = message.replacing(stated, with: plainly)
            }
            result.add(entry.field, message)
        }
        return result
    }
}
