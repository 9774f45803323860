/// `training.trusted_persons_trained` (REPORTS.md, the outcomes framework's additions), as
/// `TrainingCoverage` defines it, as at E. Trusted persons belong to no district, so the metric
/// has a row for group `all` only.
enum TrainingMetrics {
    static func add(to builder: inout RowBuilder, index: ReportIndex, input: ReportInput) {
        let coverage = TrainingCoverage.asAt(index.end, trustedPersons: input.trustedPersons, links: input.links, training: input.training)
        builder.append(
            .ratio("training.trusted_persons_trained", group: .all, numerator: coverage.trained, denominator: coverage.active, as: .percentage))
    }
}
