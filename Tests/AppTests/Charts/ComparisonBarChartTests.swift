import Testing
@testable import App

@Suite struct ComparisonBarChartTests {
    let chart = ComparisonBarChart(
        id: "c", title: "Reduction <by> item", categories: ["Housing", "Stress & anxiety"],
        series: [.init(name: "Cambridgeshire", values: [20, nil]), .init(name: "Peterborough", values: [150, -5])],
        scaleMaximum: 100, unit: "%")

    @Test func isWellFormedAccessibleAndPrintable() throws {
        let svg = chart.svg()
        let document = try #require(SVGDocument(svg))
        #expect(document.root?.attributes["role"] == "img")
        #expect(document.allTexts.contains("Reduction <by> item"))
        #expect(!svg.contains("style="))
        #expect(!svg.contains("<script"))
        #expect(svg.contains("<pattern"))
    }

    @Test func labelsEveryBarWithItsValueAndSaysWhereThereIsNone() throws {
        let texts = try #require(SVGDocument(chart.svg())).allTexts
        #expect(texts.contains("20%"))
        #expect(texts.contains("150%"))
        #expect(texts.contains("no data"))
        #expect(chart.description.contains("Stress & anxiety: Cambridgeshire no data, Peterborough -5%"))
    }
}
