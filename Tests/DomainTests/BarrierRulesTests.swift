import Testing
@testable import Domain

@Suite struct BarrierRulesTests {
    let today = CalendarDate(iso: "2026-11-22")!
    let raised = CalendarDate(iso: "2026-10-01")!

    @Test func readsANewBarrier() throws {
        let fields = ["title": "Housing panel needs a local connection", "category": "eligibility", "raised_on": "2026-10-01", "level": "champion"]
        let (barrier, errors) = BarrierRules.readNew({ fields[$0] }, today: today)
        #expect(errors.isEmpty)
        #expect(try #require(barrier).level == .champion)
    }

    @Test func explainsEveryBadField() {
        let fields = ["title": "", "category": "weather", "raised_on": "2027-01-01", "level": "king"]
        let (barrier, errors) = BarrierRules.readNew({ fields[$0] }, today: today)
        #expect(barrier == nil)
        for field in ["title", "category", "raised_on", "level"] { #expect(errors[field] != nil, "\(field)") }
    }

    @Test func escalationGoesUpALevel() {
        let down = ["status": "escalated", "on": "2026-11-01", "level": "champion"]
        let (_, errors) = BarrierRules.readChange({ down[$0] }, from: .actionPlan, currentLevel: .coordinator, raisedOn: raised, today: today)
        #expect(errors["level"] == "Escalate to a level above coordinator.")
        let up = ["status": "escalated", "on": "2026-11-01", "level": "strategic-board"]
        let (change, none) = BarrierRules.readChange({ up[$0] }, from: .actionPlan, currentLevel: .coordinator, raisedOn: raised, today: today)
        #expect(none.isEmpty)
        #expect(change?.level == .strategicBoard)
    }

    @Test func refusesMovesTheRegisterDoesNotAllow() {
        let fields = ["status": "action-plan", "on": "2026-09-01"]
        let (_, errors) = BarrierRules.readChange({ fields[$0] }, from: .resolved, currentLevel: nil, raisedOn: raised, today: today)
        #expect(errors["status"] == "A barrier that is resolved cannot become action plan agreed.")
        #expect(errors["on"] != nil)
        #expect(BarrierLevel.champion.above == .coordinator)
        #expect(BarrierLevel.strategicBoard.above == nil)
    }
}
