/// The text table alternative to the picture (PRODUCT.md, "Individual record").
extension CircleOfTrustPicture {
    /// One table row, already in display words; the app escapes them when rendering HTML.
    public struct Row: Sendable, Hashable {
        public let id: Int64
        public let name: String
        /// "Person" or "Service".
        public let kind: String
        /// "Primary", "Back-up", "Trusted" or "Interim coordinator".
        public let role: String
        /// "Proposed", "Active" or "Ended", with " (marked unsafe)" when so.
        public let status: String
        /// The introducer's name, or "Collective discussion" when nobody introduced them.
        public let introducedBy: String
        public let started: String
        /// The end date, or "" while the link lasts.
        public let ended: String
        public let endReason: String
        /// 1 for the inner ring (found through the collective discussion), 2 for those they introduced, …
        public let generation: Int
        public let isFirst: Bool
        public let unsafe: Bool
    }

    /// The rows in a stable order: generation, then start date, then input order.
    public func textAlternative() -> [Row] {
        let generations = CircleOfTrustGenerations(members: input.members)
        var generationByID: [Int64: Int] = [:]
        for (index, member) in input.members.enumerated() where generationByID[member.id] == nil {
            generationByID[member.id] = generations.generation[index]
        }
        return orderedMembers().map { member in
            let introducer = member.introducedBy.map { id in
                input.members.first(where: { $0.id == id })?.name ?? "Not recorded"
            }
            return Row(
                id: member.id, name: member.name, kind: member.kind.displayName, role: member.role.displayName,
                status: member.status.displayName + (member.unsafe ? " (marked unsafe)" : ""),
                introducedBy: introducer ?? "Collective discussion", started: member.startedOn,
                ended: member.endedOn ?? "", endReason: member.endReason ?? "",
                generation: generationByID[member.id] ?? 1, isFirst: member.isFirst, unsafe: member.unsafe)
        }
    }
}
