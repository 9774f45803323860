@testable import App

typealias Member = CircleOfTrustPicture.Member

/// Sample circles for the tests.
enum Circles {
    static func input(_ members: [Member], name: String = "Jo") -> CircleOfTrustPicture.Input {
        CircleOfTrustPicture.Input(individualName: name, members: members)
    }

    /// `count` members in a tree: five found through discussion, each later one introduced by an earlier one.
    static func tree(count: Int) -> CircleOfTrustPicture.Input {
        input((0..<count).map(member(at:)))
    }

    private static func member(at index: Int) -> Member {
        let ended = index % 7 == 6
        let introducer: Int64? = index < 5 ? nil : Int64((index - 5) / 2 + 1)
        let kind: Member.Kind = index % 4 == 3 ? .service : .person
        let role: Member.Role = index == 0 ? .primary : .trusted
        return Member(
            id: Int64(index + 1), name: "Member Number \(index + 1) Longname", kind: kind, role: role,
            status: ended ? .ended : .active, introducedBy: introducer, isFirst: index == 0,
            startedOn: "\(index % 28 + 1) Mar 2026", endedOn: ended ? "1 Jun 2026" : nil)
    }
}
