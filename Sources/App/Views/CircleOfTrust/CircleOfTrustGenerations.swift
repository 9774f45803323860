/// Assigns each member a ring: generation 1 was found through the collective discussion,
/// generation n + 1 was introduced by someone in generation n.
///
/// Why: PRODUCT.md records who introduced each link "so the circle's growth is a tree".
/// Bad data must never hang the page, so an introducer that is missing, the member
/// itself, or part of a cycle counts as "no introducer" and the member joins ring 1.
struct CircleOfTrustGenerations: Sendable {
    /// The generation of each member, by position in the input (1 is the inner ring).
    let generation: [Int]
    /// The position of the member each one hangs from in the picture; nil means the centre.
    let parent: [Int?]

    init(members: [CircleOfTrustPicture.Member]) {
        var indexByID: [Int64: Int] = [:]
        for (index, member) in members.enumerated() where indexByID[member.id] == nil {
            indexByID[member.id] = index
        }
        var parent: [Int?] = members.enumerated().map { index, member in
            guard let introducer = member.introducedBy, let found = indexByID[introducer],
                found != index
            else { return nil }
            return found
        }
        var children = [[Int]](repeating: [], count: members.count)
        for (child, found) in parent.enumerated() {
            if let found { children[found].append(child) }
        }
        var generation = [Int](repeating: 0, count: members.count)
        var roots = parent.indices.filter { parent[$0] == nil }
        while true {
            Self.spread(from: roots, children: children, into: &generation)
            guard let stranded = generation.firstIndex(of: 0) else { break }
            roots = Self.cycle(reachedFrom: stranded, parent: parent, generation: generation)
            for root in roots { parent[root] = nil }
        }
        self.generation = generation
        self.parent = parent
    }

    /// Gives the roots generation 1 and their unassigned descendants the next ones, breadth first.
    private static func spread(from roots: [Int], children: [[Int]], into generation: inout [Int]) {
        var queue = roots
        for root in roots { generation[root] = 1 }
        var head = 0
        while head < queue.count {
            let current = queue[head]
            head += 1
            for child in children[current] where generation[child] == 0 {
                generation[child] = generation[current] + 1
                queue.append(child)
            }
        }
    }

    /// Follows introducers up from an unassigned member until one repeats; returns that loop.
    private static func cycle(reachedFrom start: Int, parent: [Int?], generation: [Int]) -> [Int] {
        var seenAt: [Int: Int] = [:]
        var path: [Int] = []
        var current = start
        while seenAt[current] == nil, generation[current] == 0, let next = parent[current] {
            seenAt[current] = path.count
            path.append(current)
            current = next
        }
        guard let loopStart = seenAt[current] else { return [start] }
        return Array(path[loopStart...])
    }
}
