/// The share of active trusted persons trained: the delivery plan's measure and the report's
/// `training.trusted_persons_trained` (REPORTS.md, the outcomes framework's additions).
///
/// As at a day E: the trusted persons of kind `person` with a link active on E (started on or
/// before E and not ended on or before E; proposed links are left out by the caller) are the
/// active ones; of those, the trained ones attended `trauma-informed-practice` on or before E.
/// This is the one definition: the report, the champion's home and the network page all use it.
public struct TrainingCoverage: Sendable, Equatable {
    /// Active trusted persons who were trained by E.
    public let trained: Int
    /// Active trusted persons on E.
    public let active: Int

    public init(trained: Int, active: Int) {
        self.trained = trained
        self.active = active
    }

    /// The share as a whole percentage (half away from zero), nil when nobody is active.
    public var percentage: Int? {
        guard active > 0 else { return nil }
        return (200 * trained + active) / (2 * active)
    }

    /// The course whose attendance counts as trained.
    public static let course = TrainingCourse.traumaInformedPractice

    /// Coverage as at `end` over the given trusted persons, links and attendance; links and
    /// attendance of anyone not among `trustedPersons` are ignored.
    public static func asAt(
        _ end: CalendarDate, trustedPersons: [ReportTrustedPerson], links: [ReportLink], training: [ReportTraining]
    ) -> TrainingCoverage {
        let people = Set(trustedPersons.filter { $0.kind == .person }.map(\.id))
        var active = Set<Int64>()
        for link in links {
            guard let id = link.trustedPersonID, people.contains(id), link.startedOn <= end else { continue }
            if let endedOn = link.endedOn, endedOn <= end { continue }
            active.insert(id)
        }
        var trained = Set<Int64>()
        for record in training where record.course == course && record.attendedOn <= end && active.contains(record.trustedPersonID) {
            trained.insert(record.trustedPersonID)
        }
        return TrainingCoverage(trained: trained.count, active: active.count)
    }

    /// Coverage as at `end` for each organisation (by `organisationID`; trusted persons with
    /// none are left out), every organisation named in `trustedPersons` present.
    public static func byOrganisation(
        _ end: CalendarDate, trustedPersons: [ReportTrustedPerson], links: [ReportLink], training: [ReportTraining]
    ) -> [Int64: TrainingCoverage] {
        let grouped = Dictionary(grouping: trustedPersons.filter { $0.organisationID != nil }) { $0.organisationID! }
        let linksByPerson = Dictionary(grouping: links.filter { $0.trustedPersonID != nil }) { $0.trustedPersonID! }
        let trainingByPerson = Dictionary(grouping: training) { $0.trustedPersonID }
        return grouped.mapValues { members in
            let ids = members.map(\.id)
            return asAt(
                end, trustedPersons: members, links: ids.flatMap { linksByPerson[$0] ?? [] },
                training: ids.flatMap { trainingByPerson[$0] ?? [] })
        }
    }
}
