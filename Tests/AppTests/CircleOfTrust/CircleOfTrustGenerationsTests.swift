import Testing

@testable import App

@Suite struct CircleOfTrustGenerationsTests {
    @Test func assignsGenerationsForAKnownTree() {
        let members = [
            Member(id: 10, name: "A", startedOn: ""), Member(id: 20, name: "B", introducedBy: 10, startedOn: ""),
            Member(id: 30, name: "C", introducedBy: 20, startedOn: ""),
            Member(id: 40, name: "D", introducedBy: 10, startedOn: ""),
            Member(id: 50, name: "E", startedOn: ""), Member(id: 60, name: "F", introducedBy: 30, startedOn: ""),
        ]
        let generations = CircleOfTrustGenerations(members: members)
        #expect(generations.generation == [1, 2, 3, 2, 1, 4])
        #expect(generations.parent == [nil, 0, 1, 0, nil, 2])
    }

    @Test func missingOrSelfIntroducerCountsAsFirstGeneration() {
        let members = [
            Member(id: 1, name: "A", introducedBy: 99, startedOn: ""),
            Member(id: 2, name: "B", introducedBy: 2, startedOn: ""),
        ]
        #expect(CircleOfTrustGenerations(members: members).generation == [1, 1])
    }

    @Test func aCycleOfIntroductionsCountsAsFirstGenerationWithoutHanging() {
        let members = [
            Member(id: 1, name: "A", introducedBy: 3, startedOn: ""),
            Member(id: 2, name: "B", introducedBy: 1, startedOn: ""),
            Member(id: 3, name: "C", introducedBy: 2, startedOn: ""),
            Member(id: 4, name: "D", introducedBy: 3, startedOn: ""),
        ]
        let generations = CircleOfTrustGenerations(members: members)
        #expect(generations.generation == [1, 1, 1, 2])
        #expect(generations.parent == [nil, nil, nil, 2])
        #expect(CircleOfTrustPicture(Circles.input(members)).svg().hasSuffix("</svg>"))
    }
}
