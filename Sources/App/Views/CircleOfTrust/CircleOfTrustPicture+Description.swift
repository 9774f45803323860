/// The picture's title and description, read out by screen readers in place of the drawing.
extension CircleOfTrustPicture {
    /// The SVG's `<title>`.
    public var title: String {
        "Circle of trust for \(input.individualName)"
    }

    /// The SVG's `<desc>`: who is at the centre, then each active, proposed and ended link.
    public var summary: String {
        let name = input.individualName
        let ordered = orderedMembers()
        guard !ordered.isEmpty else { return "\(name) is at the centre. No one is in the circle of trust yet." }
        var sentences = ["\(name) is at the centre."]
        var groups: [String] = []
        for status in [Member.Status.active, .proposed, .ended] {
            let members = ordered.filter { $0.status == status && !$0.unsafe }
            guard !members.isEmpty else { continue }
            let noun = members.count == 1 ? "link" : "links"
            let list = members.map { "\($0.name) (\(Self.linkPhrase(for: $0, input: input)))" }
            groups.append("\(members.count) \(status.rawValue) \(noun): " + list.joined(separator: ", "))
        }
        if !groups.isEmpty { sentences.append(groups.joined(separator: "; ") + ".") }
        let unsafe = ordered.filter(\.unsafe)
        if !unsafe.isEmpty {
            let noun = unsafe.count == 1 ? "person" : "people"
            sentences.append(
                "\(unsafe.count) \(noun) marked unsafe: " + unsafe.map(\.name).joined(separator: ", ") + ".")
        }
        return sentences.joined(separator: " ")
    }

    /// "primary, first trusted person, introduced by Sam, ended 4 Apr 2026: handover".
    static func linkPhrase(for member: Member, input: Input) -> String {
        var parts = [member.role.displayName.lowercased() + (member.kind == .service ? " service" : "")]
        if member.isFirst { parts.append("first trusted person") }
        if let introducer = member.introducedBy, let found = input.members.first(where: { $0.id == introducer }) {
            parts.append("introduced by \(found.name)")
        }
        if member.status == .ended {
            var ended = "ended" + (member.endedOn.map { " \($0)" } ?? "")
            if let reason = member.endReason, !reason.isEmpty { ended += ": \(reason)" }
            parts.append(ended)
        } else {
            parts.append("since \(member.startedOn)")
        }
        return parts.joined(separator: ", ")
    }

    /// Members by generation, then start date, then input order.
    func orderedMembers() -> [Member] {
        orderedIndices().map { input.members[$0] }
    }

    /// Positions in the input, by generation, then start date, then input order.
    func orderedIndices() -> [Int] {
        let generations = CircleOfTrustGenerations(members: input.members)
        return input.members.indices.sorted { left, right in
            let leftGeneration = generations.generation[left]
            let rightGeneration = generations.generation[right]
            if leftGeneration != rightGeneration { return leftGeneration < rightGeneration }
            let leftStart = CircleOfTrustText.sortKey(forDate: input.members[left].startedOn) ?? Int.max
            let rightStart = CircleOfTrustText.sortKey(forDate: input.members[right].startedOn) ?? Int.max
            if leftStart != rightStart { return leftStart < rightStart }
            return left < right
        }
    }
}
