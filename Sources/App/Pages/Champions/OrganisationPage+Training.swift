import Domain
import Foundation
import SQLite
import TemplateEngine

extension OrganisationPage {
    /// The champion's home's training section: the organisation's coverage (`TrainingCoverage`,
    /// the report's definition, as at today), each trusted person (people, not services, still
    /// in their role) with when they attended trauma-informed practice and their open needs.
    /// Only this organisation's trusted persons and needs are read.
    static func trainingValue(organisationID: Int64, today: CalendarDate, _ db: Database) throws -> TemplateValue {
        let coverage = try TrainingCoverageStore.coverage(organisationID: organisationID, asAt: today, db)
        let needs = try TrainingNeedStore.open(organisationID: organisationID, db)
        let trained = try TrainingStore.latestAttendance(organisationID: organisationID, course: TrainingCoverage.course, db)
        let people = try TrustedPersonStore.inOrganisation(organisationID, db).filter { $0.kind == .person && $0.leftRoleOn == nil }
        return [
            "coverage": TrainingView.coverage(coverage),
            "people": .array(people.map { person in
                [
                    "name": .string(person.name), "trainedOn": TemplateValue(trained[person.id]?.display),
                    "trainedIso": TemplateValue(trained[person.id]?.iso),
                    "needs": .string(needs.filter { $0.trustedPersonID == person.id }.map(\.course.title).joined(separator: ", ")),
                ]
            }),
            "needs": .array(needs.map(TrainingView.need)),
            "flagNeed": .string(Route.newTrainingNeed.path),
        ]
    }
}
