import Domain
import Foundation
import TemplateEngine

/// How training needs and coverage read on the pages that show them.
enum TrainingView {
    /// One open need: for whom, which course, who flagged it and when, and the note.
    static func need(_ need: TrainingNeedRecord) -> TemplateValue {
        [
            "name": .string(need.trustedPersonName), "organisation": TemplateValue(need.organisationName),
            "course": .string(need.course.title), "note": TemplateValue(need.note.isEmpty ? nil : need.note),
            "flaggedBy": .string(need.flaggedByName), "flaggedAs": .string(need.flaggedAs.title),
            "on": .string(LondonTime.format(need.flaggedAt)),
        ]
    }

    /// The coverage in words and figures: "2 of 3 (67%)", or that nobody is active.
    static func coverage(_ coverage: TrainingCoverage) -> TemplateValue {
        [
            "trained": .int(coverage.trained), "active": .int(coverage.active),
            "percentage": coverage.percentage.map { .string("\($0)%") } ?? .null,
            "words": .string(words(coverage)),
        ]
    }

    /// "2 of 3 active trusted persons trained (67%)".
    static func words(_ coverage: TrainingCoverage) -> String {
        guard let percentage = coverage.percentage else { return "No active trusted persons yet" }
        return "\(coverage.trained) of \(coverage.active) active trusted persons trained (\(percentage)%)"
    }
}
