import Testing
@testable import App

@Suite struct DivergingBarChartTests {
    let chart = DivergingBarChart(
        id: "d", title: "Change <in> nights", categories: ["Sleeping rough", "Own tenancy", "Prison"],
        series: [.init(name: "Cambridgeshire", values: [-20.8, 7.1, nil]), .init(name: "Peterborough", values: [-24, 38, 0])],
        unit: "", leftMeaning: "fewer nights", rightMeaning: "more nights")

    @Test func isWellFormedAccessibleAndPrintable() throws {
        let svg = chart.svg()
        let document = try #require(SVGDocument(svg))
        #expect(document.root?.attributes["role"] == "img")
        #expect(document.allTexts.contains("Change <in> nights"))
        #expect(!svg.contains("style="))
        #expect(svg.contains("<pattern"))
        let legend = document.elements.filter { $0.ancestorClasses.contains("chart-legend") }.map(\.text).filter { !$0.isEmpty }
        #expect(legend == ["Cambridgeshire", "Peterborough"])
    }

    /// The largest value, 38, rounds the scale up to 50; the zero line is at x = 240, each side 180 wide.
    @Test func drawsFallsLeftOfZeroAndRisesRightOfIt() throws {
        #expect(chart.scale == 50)
        let bars = try #require(SVGDocument(chart.svg())).elements.filter { $0.name == "rect" && $0.attributes["height"] == "15" }
        let spans = bars.map { (Double($0.attributes["x"]!)!, Double($0.attributes["width"]!)!) }
        #expect(spans.count == 5)
        #expect(spans[0].0 + spans[0].1 == 240 && spans[0].0 < 240)
        #expect(spans[1].0 + spans[1].1 == 240 && spans[2].0 == 240)
        #expect(spans.contains { $0.0 == 240 && abs($0.1 - 38.0 / 50 * 180) < 0.1 })
    }

    @Test func writesSignedValuesAndSaysWhereThereIsNone() throws {
        let texts = try #require(SVGDocument(chart.svg())).allTexts
        #expect(texts.contains("-20.8"))
        #expect(texts.contains("+38"))
        #expect(texts.contains("no data"))
        #expect(texts.contains("← fewer nights"))
        #expect(chart.description.contains("Prison: Cambridgeshire no data, Peterborough 0"))
        #expect(chart.description.contains("Own tenancy: Cambridgeshire +7.1, Peterborough +38"))
    }

    @Test(arguments: [([0.3], 0.5), ([0.0], 1.0), ([100.0], 100.0), ([-120.0], 200.0), ([7.0], 10.0), ([4.2], 5.0)] as [([Double], Double)])
    func roundsTheScaleUpToARoundNumber(values: [Double], scale: Double) {
        let chart = DivergingBarChart(
            id: "s", title: "t", categories: ["a"], series: [.init(name: "x", values: values.map { Optional($0) })], unit: "",
            leftMeaning: "less", rightMeaning: "more")
        #expect(chart.scale == scale)
    }

    @Test func writesAReductionWithoutAPlusSign() throws {
        let reduction = DivergingBarChart(
            id: "r", title: "t", categories: ["Arrests"], series: [.init(name: "x", values: [50])], unit: "%",
            leftMeaning: "more use", rightMeaning: "less use", showsPlus: false)
        #expect(try #require(SVGDocument(reduction.svg())).allTexts.contains("50%"))
    }
}
