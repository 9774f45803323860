import Domain
import TemplateEngine

/// The circle of trust for the record page: the SVG picture (with a compact version for
/// phones, swapped by the stylesheet) and its text table.
///
/// Each trusted person appears once, with their current link (or, when every link has
/// ended, their latest); the first trusted person is the earliest non-interim link.
enum CircleView {
    /// `discussions` names, by trusted person, the collective discussion they were chosen in,
    /// which the table links to.
    static func values(
        person: IndividualRecord, links: [TrustLinkRecord], unsafe: Set<Int64>, discussions: [Int64: Int64] = [:]
    ) -> TemplateValue {
        let input = CircleOfTrustPicture.Input(individualName: person.preferredName, members: members(links: links, unsafe: unsafe))
        let picture = CircleOfTrustPicture(input)
        return [
            "svg": .trustedHTML(picture.svg()),
            "compact": .trustedHTML(CircleOfTrustPicture(input, idPrefix: "circle-of-trust-compact").compactSVG()),
            "rows": .array(picture.textAlternative().map { row in
                [
                    "name": .string(row.name), "kind": .string(row.kind), "role": .string(row.role), "status": .string(row.status),
                    "introducedBy": .string(row.introducedBy), "started": .string(row.started), "ended": .string(row.ended),
                    "endReason": .string(row.endReason),
                    "discussion": TemplateValue(discussions[row.id].map {
                        Route.discussion(IndividualID(person.id), DiscussionID($0)).path
                    }),
                ]
            }),
        ]
    }

    static func members(links: [TrustLinkRecord], unsafe: Set<Int64>) -> [CircleOfTrustPicture.Member] {
        let first = links.filter { $0.role != .interim }.min { ($0.startedOn, $0.id) < ($1.startedOn, $1.id) }?.trustedPersonID
        var current: [Int64: TrustLinkRecord] = [:]
        for link in links {
            guard let shown = current[link.trustedPersonID] else {
                current[link.trustedPersonID] = link
                continue
            }
            let prefer = (shown.status == .ended && link.status != .ended) || (shown.status == link.status && link.id > shown.id)
            if prefer { current[link.trustedPersonID] = link }
        }
        return current.values.sorted { $0.id < $1.id }.map { link in
            CircleOfTrustPicture.Member(
                id: link.trustedPersonID, name: link.trustedPersonName,
                kind: link.kind == .service ? .service : .person,
                role: CircleOfTrustPicture.Member.Role(rawValue: link.role.rawValue) ?? .trusted,
                status: CircleOfTrustPicture.Member.Status(rawValue: link.status.rawValue) ?? .active,
                introducedBy: link.introducedBy, isFirst: link.trustedPersonID == first, startedOn: link.startedOn.display,
                endedOn: link.endedOn?.display, endReason: link.endReason?.title, unsafe: unsafe.contains(link.trustedPersonID))
        }
    }
}
