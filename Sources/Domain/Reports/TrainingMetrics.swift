/// `training.trusted_persons_trained` (REPORTS.md, the outcomes framework's additions): among
/// trusted persons of kind `person` with a link active on E (started on or before E, not ended
/// on or before E; proposed links are left out by the caller), the share who attended
/// `trauma-informed-practice` on or before E. Trusted persons belong to no district, so the
/// metric has a row for group `all` only.
enum TrainingMetrics {
    static func add(to builder: inout RowBuilder, index: ReportIndex, input: ReportInput) {
        let people = Set(input.trustedPersons.filter { $0.kind == .person }.map(\.id))
        var active = Set<Int64>()
        for link in input.links {
            guard let id = link.trustedPersonID, people.contains(id), index.isByEnd(link.startedOn) else { continue }
            if let endedOn = link.endedOn, index.isByEnd(endedOn) { continue }
            active.insert(id)
        }
        var trained = Set<Int64>()
        for record in input.training where record.course == .traumaInformedPractice && index.isByEnd(record.attendedOn) {
            if active.contains(record.trustedPersonID) { trained.insert(record.trustedPersonID) }
        }
        builder.append(
            .ratio("training.trusted_persons_trained", group: .all, numerator: trained.count, denominator: active.count, as: .percentage))
    }
}
