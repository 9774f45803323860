import Domain
import Testing

@Suite struct BarrierRowTests {
    typealias F = ImportFixtures

    @Test func readsAResolvedBarrierWithItsOrganisations() throws {
        let changes = [
            "status": "resolved", "resolved_on": "2024-05-01", "level": "network-manager",
            "action_plan_on": "2024-03-10", "organisations": "Mind; Jimmy's, Cambridge ;", "category": "data-sharing",
        ]
        let (rows, errors) = F.read(.barriers, F.csv(.barriers, changes))
        #expect(errors.isEmpty)
        guard case .barrier(let row) = try #require(rows.first) else {
            Issue.record("not a barrier")
            return
        }
        #expect(row.status == .resolved)
        #expect(row.level == .networkManager)
        #expect(row.category == .dataSharing)
        #expect(row.organisations == ["Mind", "Jimmy's, Cambridge"])
        #expect(row.key == .ref("B-1"))
    }

    @Test func rejectsUnknownVocabulary() {
        #expect(
            F.errors(.barriers, ["category": "money", "status": "open", "level": "ceo"]) == [
                "in.csv:2: category: Use one of: threshold, eligibility, data-sharing, capacity, policy, other; not \"money\".",
                "in.csv:2: status: Use one of: raised, action-plan, escalated, resolved, closed-unresolved; not \"open\".",
                "in.csv:2: level: Use one of: champion, coordinator, network-manager, strategic-board; not \"ceo\".",
            ])
    }

    @Test func needsResolvedOnExactlyWhenFinished() {
        #expect(
            F.errors(.barriers, ["status": "closed-unresolved"]) == [
                "in.csv:2: resolved_on: A closed-unresolved barrier needs the date it was resolved or closed."
            ])
        #expect(
            F.errors(.barriers, ["status": "escalated", "resolved_on": "2024-04-01"]) == [
                "in.csv:2: resolved_on: Only a resolved or closed-unresolved barrier has resolved_on."
            ])
    }

    @Test func rejectsDatesBeforeTheBarrierWasRaisedOrInTheFuture() {
        #expect(
            F.errors(.barriers, ["escalated_on": "2024-02-01", "action_plan_on": "2030-01-01", "title": ""]) == [
                "in.csv:2: title: This cell cannot be empty.",
                "in.csv:2: action_plan_on: The date cannot be in the future.",
                "in.csv:2: escalated_on: This date is before the barrier was raised.",
            ])
    }
}
