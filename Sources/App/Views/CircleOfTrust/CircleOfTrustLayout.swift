/// Where everything sits: the individual at the origin, members on rings by generation.
///
/// Why: each member owns a slice of the circle in proportion to the members that grew
/// from it (a radial tree), so children sit near their introducer and the circle's growth
/// reads outward (PRODUCT.md, "Trust network"). A ring's radius then grows until the
/// closest neighbours on it are `minimumSpacing` apart, room for a node and its label.
struct CircleOfTrustLayout: Sendable {
    /// One placed member.
    struct Node: Sendable {
        let index: Int
        let member: CircleOfTrustPicture.Member
        let generation: Int
        /// Position of the member drawn as this one's introducer; nil means the centre.
        let parent: Int?
        let angle: Double
        let x: Double
        let y: Double
    }

    static let minimumSpacing = 84.0
    static let ringGap = 84.0

    let nodes: [Node]
    let ringRadii: [Double]
    /// The individual's name plate at the centre.
    let hub: CircleOfTrustRect
    let hubName: String

    /// Lays out `input`; a `spread` above 1 widens the rings when labels need more room.
    init(input: CircleOfTrustPicture.Input, spread: Double = 1) {
        hubName = CircleOfTrustText.truncated(input.individualName)
        let hubWidth = max(96, CircleOfTrustText.width(of: hubName, fontSize: 15, bold: true) + 32)
        hub = CircleOfTrustRect(x: -hubWidth / 2, y: -20, width: hubWidth, height: 40)

        let members = input.members
        let generations = CircleOfTrustGenerations(members: members)
        let angles = Self.angles(members: members, parent: generations.parent)
        var radii: [Double] = []
        var inner = hubWidth / 2 + 56 * spread
        for ring in stride(from: 1, through: generations.generation.max() ?? 0, by: 1) {
            let onRing = members.indices.filter { generations.generation[$0] == ring }.map { angles[$0] }
            let crowded = Self.minimumSpacing * spread / CircleOfTrustAngles.smallestGap(onRing)
            inner = max(ring == 1 ? inner : inner + Self.ringGap * spread, crowded)
            radii.append(inner)
        }
        ringRadii = radii
        nodes = members.indices.map { index in
            let radius = radii[generations.generation[index] - 1]
            let direction = CircleOfTrustAngles.direction(angles[index])
            return Node(
                index: index, member: members[index], generation: generations.generation[index],
                parent: generations.parent[index], angle: angles[index],
                x: radius * direction.x, y: radius * direction.y)
        }
    }

    /// Angles from slices: each member's slice is shared among its children by their weight.
    private static func angles(members: [CircleOfTrustPicture.Member], parent: [Int?]) -> [Double] {
        var children = [[Int]](repeating: [], count: members.count)
        var roots: [Int] = []
        for index in ordered(members.indices, members: members) {
            if let found = parent[index] { children[found].append(index) } else { roots.append(index) }
        }
        var weight = [Double](repeating: 0, count: members.count)
        func measure(_ index: Int) -> Double {
            let total = children[index].reduce(0) { $0 + measure($1) }
            weight[index] = max(1, total)
            return weight[index]
        }
        let total = roots.reduce(0) { $0 + measure($1) }
        var angles = [Double](repeating: 0, count: members.count)
        func share(_ indices: [Int], from start: Double, span: Double) {
            var cursor = start
            let sum = indices.reduce(0) { $0 + weight[$1] }
            for index in indices {
                let slice = span * weight[index] / sum
                angles[index] = cursor + slice / 2
                share(children[index], from: cursor, span: slice)
                cursor += slice
            }
        }
        guard let first = roots.first else { return angles }
        let firstSlice = CircleOfTrustAngles.fullTurn * weight[first] / total
        let start = roots.count == 1 ? -Double.pi * 1.25 : -Double.pi / 2 - firstSlice / 2
        share(roots, from: start, span: CircleOfTrustAngles.fullTurn)
        return angles
    }

    /// Sibling order: start date, then input order.
    private static func ordered(_ indices: Range<Int>, members: [CircleOfTrustPicture.Member]) -> [Int] {
        indices.sorted { left, right in
            let leftStart = CircleOfTrustText.sortKey(forDate: members[left].startedOn) ?? Int.max
            let rightStart = CircleOfTrustText.sortKey(forDate: members[right].startedOn) ?? Int.max
            return leftStart != rightStart ? leftStart < rightStart : left < right
        }
    }
}
