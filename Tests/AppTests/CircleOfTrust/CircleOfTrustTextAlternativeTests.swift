import Testing

@testable import App

@Suite struct CircleOfTrustTextAlternativeTests {
    @Test func rowsComeInGenerationThenStartOrder() {
        let input = Circles.input([
            Member(id: 1, name: "Late root", startedOn: "9 Sep 2026"),
            Member(id: 2, name: "Child", introducedBy: 3, startedOn: "1 Jan 2026"),
            Member(id: 3, name: "Early root", role: .primary, isFirst: true, startedOn: "2 Feb 2026"),
            Member(id: 4, name: "Grandchild", introducedBy: 2, startedOn: "3 Mar 2026"),
            Member(id: 5, name: "Second child", introducedBy: 1, startedOn: "15 Dec 2025"),
        ])
        let rows = CircleOfTrustPicture(input).textAlternative()
        #expect(rows.map(\.name) == ["Early root", "Late root", "Second child", "Child", "Grandchild"])
        #expect(rows.map(\.generation) == [1, 1, 2, 2, 3])
    }

    @Test func rowsSpellOutEachColumn() {
        let input = Circles.input([
            Member(id: 1, name: "Sam", role: .primary, isFirst: true, startedOn: "3 Mar 2026"),
            Member(
                id: 2, name: "Day Centre", kind: .service, role: .backup, status: .ended, introducedBy: 1,
                startedOn: "4 Mar 2026", endedOn: "5 May 2026", endReason: "Handover"),
            Member(id: 3, name: "Lee", status: .proposed, introducedBy: 77, startedOn: "6 Mar 2026", unsafe: true),
        ])
        let rows = CircleOfTrustPicture(input).textAlternative()
        #expect(rows.map(\.id) == [1, 3, 2])
        #expect(rows[0].introducedBy == "Collective discussion")
        #expect(rows[0].isFirst)
        let service = rows.first { $0.id == 2 }
        #expect(service?.kind == "Service")
        #expect(service?.role == "Back-up")
        #expect(service?.status == "Ended")
        #expect(service?.introducedBy == "Sam")
        #expect(service?.ended == "5 May 2026")
        #expect(service?.endReason == "Handover")
        let unsafe = rows.first { $0.id == 3 }
        #expect(unsafe?.status == "Proposed (marked unsafe)")
        #expect(unsafe?.introducedBy == "Not recorded")
        #expect(unsafe?.ended == "")
    }
}
