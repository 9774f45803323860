import Domain
import Testing

@Suite struct NDTAssessmentTests {
    static let day = CalendarDate(iso: "2025-03-01")!

    static func assessment(_ rating: (NDTItem) -> Int) -> NDTAssessment {
        NDTAssessment(ratings: Dictionary(uniqueKeysWithValues: NDTItem.allCases.map { ($0, rating($0)) }), assessedOn: day)
    }

    @Test func listsTheTenItemsInTheToolsOrder() {
        #expect(
            NDTItem.allCases.map(\.rawValue) == [
                "engagement", "intentional_self_harm", "unintentional_self_harm", "risk_to_others", "risk_from_others",
                "stress", "social_effectiveness", "alcohol_drugs", "impulse_control", "housing",
            ])
    }

    @Test func doublesOnlyTheTwoRiskItems() {
        #expect(NDTItem.allCases.filter { $0.weight == 2 } == [.riskToOthers, .riskFromOthers])
        #expect(NDTItem.allCases.allSatisfy { $0.weight == ($0 == .riskToOthers || $0 == .riskFromOthers ? 2 : 1) })
        #expect(NDTItem.riskFromOthers.maxWeighted == 8)
        #expect(NDTItem.housing.maxWeighted == 4)
        #expect(NDTItem.allCases.map(\.maxWeighted).reduce(0, +) == NDTAssessment.maximumTotal)
    }

    @Test func allFoursMakeFortyEight() {
        #expect(Self.assessment { _ in 4 }.weightedTotal == 48)
    }

    @Test func allZerosMakeZero() {
        #expect(Self.assessment { _ in 0 }.weightedTotal == 0)
    }

    @Test func allOnesMakeTwelveBecauseRiskCountsDouble() {
        #expect(Self.assessment { _ in 1 }.weightedTotal == 12)
    }

    @Test func weighsEachItemsRating() {
        let assessment = Self.assessment { $0 == .riskToOthers ? 3 : ($0 == .stress ? 3 : 0) }
        #expect(assessment.weightedScore(.riskToOthers) == 6)
        #expect(assessment.weightedScore(.stress) == 3)
        #expect(assessment.weightedTotal == 9)
    }

    @Test func titlesStartWithACapital() {
        #expect(NDTItem.stress.title == "Stress and anxiety")
        #expect(NDTItem.alcoholDrugs.title == "Alcohol / drug abuse")
    }
}

@Suite struct StarReadingTests {
    @Test func listsTheTenAreasInTheStarsOrder() {
        #expect(
            StarArea.allCases.map(\.rawValue) == [
                "motivation", "self_care", "money", "social_networks", "drugs_alcohol", "physical_health",
                "mental_health", "meaningful_use_of_time", "tenancy", "offending",
            ])
        #expect(StarArea.money.title == "Managing money and personal administration")
    }

    @Test(arguments: [
        (1, JourneyStage.stuck), (2, .stuck), (3, .acceptingHelp), (4, .acceptingHelp), (5, .believing),
        (6, .believing), (7, .learning), (8, .learning), (9, .selfReliance), (10, .selfReliance),
    ])
    func placesEachScoreInItsStage(score: Int, stage: JourneyStage) {
        #expect(JourneyStage(score: score) == stage)
        #expect(stage.scores.contains(score))
    }

    @Test(arguments: [0, 11, -1])
    func hasNoStageOutsideOneToTen(score: Int) {
        #expect(JourneyStage(score: score) == nil)
    }

    @Test func namesTheStages() {
        #expect(JourneyStage.allCases.map(\.title) == ["Stuck", "Accepting help", "Believing", "Learning", "Self-reliance"])
    }

    @Test func recordsTheStarVersion() {
        let reading = StarReading(scores: [.money: 7], assessedOn: CalendarDate(iso: "2025-01-01")!)
        #expect(reading.version == "homelessness-3.1")
        #expect(reading.stage(.money) == .learning)
    }
}
