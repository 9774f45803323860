import Testing

@testable import App

@Suite struct CircleOfTrustCompactTests {
    @Test(arguments: [0, 1, 15, 30])
    func compactSVGIsWellFormedWithoutInlineStyles(count: Int) throws {
        let svg = CircleOfTrustPicture(Circles.tree(count: count)).compactSVG()
        let check = try #require(SVGDocument(svg))
        #expect(check.elements.first?.attributes["role"] == "img")
        #expect(!svg.contains(" style="))
        #expect(!svg.contains("<script"))
    }

    @Test func numbersNodesInTableOrderAndListsTheNames() throws {
        let input = Circles.input([
            Member(id: 1, name: "Late root", startedOn: "9 Sep 2026"),
            Member(id: 2, name: "Child", introducedBy: 1, startedOn: "1 Jan 2026"),
            Member(id: 3, name: "Early root", role: .primary, isFirst: true, startedOn: "2 Feb 2026"),
        ])
        let check = try #require(SVGDocument(CircleOfTrustPicture(input).compactSVG()))
        let listed = check.allTexts.filter { ["Early root", "Late root", "Child"].contains($0) }
        #expect(listed == ["Early root", "Late root", "Child"])
        #expect(check.allTexts.contains("3"))
        #expect(!check.allTexts.contains("4"))
    }

    @Test func compactPictureIsNarrowerThanTheFullOne() throws {
        func width(_ svg: String) throws -> Double {
            let check = try #require(SVGDocument(svg))
            let viewBox = try #require(check.elements.first?.attributes["viewBox"])
            return try #require(Double(viewBox.split(separator: " ")[2]))
        }
        let picture = CircleOfTrustPicture(Circles.tree(count: 15))
        #expect(try width(picture.compactSVG()) <= 440)
        #expect(try width(picture.compactSVG()) < width(picture.svg()))
    }
}
