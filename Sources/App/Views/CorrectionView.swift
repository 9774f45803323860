import TemplateEngine

/// The template values of a record's corrected details.
enum CorrectionView {
    static func values(_ corrections: [RecordCorrection]) -> TemplateValue {
        .array(corrections.map { correction in
            [
                "field": .string(correction.field), "was": .string(correction.oldValue), "became": .string(correction.newValue),
                "by": .string(correction.correctedBy ?? "The command line"), "at": .string(LondonTime.format(correction.correctedAt)),
            ]
        })
    }
}
