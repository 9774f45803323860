/// A person recorded as unsafe for one individual, as the identity check needs it.
package struct UnsafeMarking: Sendable, Equatable {
    /// The marking's own id (a confirmation names the marking it answers).
    package let id: Int64
    /// The register entry that was marked.
    package let trustedPersonID: Int64
    package let name: String
    package let reason: String

    package init(id: Int64, trustedPersonID: Int64, name: String, reason: String) {
        self.id = id
        self.trustedPersonID = trustedPersonID
        self.name = name
        self.reason = reason
    }
}

/// Whether someone may be linked to an individual, given the people recorded as unsafe for
/// that individual.
///
/// Why: PRODUCT.md, "Trust network": "The marking is about the person, not one record: the
/// same name entered again (ignoring case, spacing and accents), imported, or proposed in a
/// handover is refused unless a coordinator records that it is someone else." The marked
/// record itself is always refused; another record with the same name (`PersonName.same`) is
/// refused until a coordinator has confirmed, for that marking, that it is a different person.
package enum UnsafeIdentity {
    /// The markings whose name matches `candidateName` and which no confirmation answers for
    /// this candidate (`confirmed` holds the ids of markings confirmed for them). The marked
    /// record itself is not a name match: `refusal` refuses it outright.
    package static func unconfirmedNameMatches(
        candidateID: Int64?, candidateName: String, markings: [UnsafeMarking], confirmed: Set<Int64>
    ) -> [UnsafeMarking] {
        markings.filter { marking in
            marking.trustedPersonID != candidateID && !confirmed.contains(marking.id)
                && PersonName.same(marking.name, candidateName)
        }
    }

    /// Why the candidate may not be linked, or nil when they may: `unsafePerson` for the marked
    /// record itself, `unsafeNameMatch` for a matching name nobody has confirmed is someone else.
    package static func refusal(
        candidateID: Int64?, candidateName: String, markings: [UnsafeMarking], confirmed: Set<Int64>
    ) -> DomainError? {
        if let candidateID, let marking = markings.first(where: { $0.trustedPersonID == candidateID }) {
            return .unsafePerson(name: candidateName, reason: marking.reason)
        }
        let matches = unconfirmedNameMatches(
            candidateID: candidateID, candidateName: candidateName, markings: markings, confirmed: confirmed)
        return matches.first.map { .unsafeNameMatch(name: candidateName, markedName: $0.name, reason: $0.reason) }
    }

    /// The reason an import file's row is refused, for its `FILE:LINE: column: reason` line.
    package static func importReason(_ refusal: DomainError) -> String {
        switch refusal {
        case .unsafePerson(_, let reason):
            "recorded as unsafe for this person (\(reason)); they cannot be linked"
        case .unsafeNameMatch(let name, let markedName, let reason):
            "\(name) has the same name as \(markedName), recorded as unsafe for this person (\(reason)); "
                + "they cannot be linked unless a coordinator confirms on the person's record that this is someone else"
        default:
            refusal.description
        }
    }
}
