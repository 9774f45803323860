import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// One collective discussion, linked from the circle of trust: when, who took part, that the
/// person's own view was heard and (for readers of their story) what it was, whom it chose, and
/// the safety check made when the link was recorded. Read through the record's one door.
enum DiscussionPage {
    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(Route.discussion) { context, individual, id in
            let values = try services.personalData.read(context) { db, readable -> [String: TemplateValue]? in
                guard let person = try IndividualStore.find(id: individual.rawValue, db),
                      let discussion = try DiscussionStore.find(id: id.rawValue, individualID: individual.rawValue, db)
                else { return nil }
                return [
                    "person": PersonHeading.values(person),
                    "heldOn": .string(discussion.heldOn.display),
                    "organisations": .string(discussion.organisations),
                    "people": .string(discussion.people),
                    "viewHeard": .bool(discussion.personsViewHeard),
                    "view": TemplateValue(discussion.personsView.open(readable)),
                    "viewCategory": .string(discussion.personsView.category.title),
                    "chosen": .string(discussion.chosen.joined(separator: ", ")),
                    "safetyCheckedOn": .string(LondonTime.format(discussion.safetyCheckedAt)),
                    "recordedBy": TemplateValue(discussion.recordedBy),
                ]
            }
            guard let values else { throw AppError.notFound }
            return try services.page("people/discussion", title: "The collective discussion", context, values)
        }
    }
}
