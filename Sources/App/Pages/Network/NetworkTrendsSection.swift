import Domain
import Foundation
import SQLite
import TemplateEngine

/// The network page's quarterly trend and training: the last eight quarters as charts with
/// their tables (`NetworkTrends`, `NetworkTrendsView`), each organisation's training coverage
/// today (`TrainingCoverage`, the report's definition) and the needs not yet met, as counts.
enum NetworkTrendsSection {
    /// The section's template values, read in one snapshot.
    static func values(_ db: Database, today: CalendarDate) throws -> [String: TemplateValue] {
        let quarters = NetworkTrends.quarters(endingWith: today)
        let input = try NetworkTrendsStore.input(quarters: quarters, db)
        let figures = NetworkTrends.compute(input, quarters: quarters)
        let byOrganisation = TrainingCoverage.byOrganisation(
            today, trustedPersons: input.trustedPersons, links: input.links, training: input.training)
        let overall = TrainingCoverage.asAt(today, trustedPersons: input.trustedPersons, links: input.links, training: input.training)
        let names = try OrganisationStore.all(db)
        return [
            "trends": .array(NetworkTrendsView(figures: figures).charts.map(\.templateValue)),
            "trendPeriod": .string("\(quarters.first?.title ?? "") to \(quarters.last?.title ?? "")"),
            "trainingOverall": TrainingView.coverage(overall),
            "trainingByOrganisation": .array(names.map { organisation in
                let coverage = byOrganisation[organisation.id] ?? TrainingCoverage(trained: 0, active: 0)
                return [
                    "name": .string(organisation.name), "active": .int(coverage.active), "trained": .int(coverage.trained),
                    "percentage": .string(coverage.percentage.map { "\($0)%" } ?? "–"),
                ]
            }),
            "openTrainingNeeds": .int(try TrainingNeedStore.openCount(db)),
            "accessLogSearch": .string(Route.accessLog.path),
        ]
    }
}
