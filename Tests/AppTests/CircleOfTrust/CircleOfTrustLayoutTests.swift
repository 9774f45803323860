import Testing

@testable import App

@Suite struct CircleOfTrustLayoutTests {
    @Test(arguments: [15, 30])
    func noTwoNodeCentresAreCloserThanANodeDiameter(count: Int) {
        let nodes = CircleOfTrustLayout(input: Circles.tree(count: count)).nodes
        let diameter = 2 * CircleOfTrustTheme.nodeRadius
        for first in nodes.indices {
            for second in nodes.indices where second > first {
                let dx = nodes[first].x - nodes[second].x
                let dy = nodes[first].y - nodes[second].y
                #expect((dx * dx + dy * dy).squareRoot() >= diameter)
            }
        }
    }

    @Test(arguments: [1, 15, 30])
    func nodesStayClearOfTheCentre(count: Int) {
        let layout = CircleOfTrustLayout(input: Circles.tree(count: count))
        for node in layout.nodes {
            let box = CircleOfTrustRect(x: node.x - 15, y: node.y - 15, width: 30, height: 30)
            #expect(box.overlapArea(with: layout.hub) == 0)
        }
    }

    @Test func childrenSitFurtherOutThanTheirIntroducer() {
        let layout = CircleOfTrustLayout(input: Circles.tree(count: 15))
        for node in layout.nodes {
            guard let parent = node.parent.map({ layout.nodes[$0] }) else { continue }
            #expect(node.x * node.x + node.y * node.y > parent.x * parent.x + parent.y * parent.y)
        }
    }
}

@Suite struct CircleOfTrustLabelsTests {
    @Test(arguments: [1, 15, 30])
    func labelsCoverNoNodeAndNoOtherLabel(count: Int) {
        let (layout, fitted) = CircleOfTrustLabels.fitted(
            Circles.tree(count: count), lines: CircleOfTrustPicture.labelLines)
        let labels = fitted.labels
        let radius = CircleOfTrustTheme.nodeRadius
        for (index, label) in labels.enumerated() {
            #expect(label.box.overlapArea(with: layout.hub) == 0)
            for node in layout.nodes where node.index != index {
                let box = CircleOfTrustRect(
                    x: node.x - radius, y: node.y - radius, width: 2 * radius, height: 2 * radius)
                #expect(label.box.overlapArea(with: box) == 0)
            }
            for other in labels[(index + 1)...] {
                #expect(label.box.overlapArea(with: other.box) == 0)
            }
        }
    }
}
