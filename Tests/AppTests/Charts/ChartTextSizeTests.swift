import Domain
import Foundation
import Testing
@testable import App

/// Chart text stays readable on a phone (issue 15: about 9 px at 390 px wide): drawn no
/// narrower than `ChartTheme.narrowestRendering`, every text renders at 12 px or more.
@Suite struct ChartTextSizeTests {
    static let charts: [(String, String)] = [
        ("star", StarChart(readings: [ChartSamples.star("2025-01-01", all: 3), ChartSamples.star("2025-06-01", all: 6)]).svg()),
        ("ndt trend", NDTTrendChart(assessments: [ChartSamples.ndt("2025-01-01", all: 3), ChartSamples.ndt("2025-06-01", all: 1)]).svg()),
        ("ndt items", NDTItemsChart(assessments: [ChartSamples.ndt("2025-01-01", all: 3), ChartSamples.ndt("2025-06-01", all: 1)]).svg()),
        ("accommodation", AccommodationChart(records: ChartSamples.accommodation, support: ChartSamples.support).svg()),
        ("service use", ServiceUseChart(records: ChartSamples.serviceUse, support: ChartSamples.support).svg()),
        ("comparison", ComparisonBarChart(
            id: "c", title: "Reduction", categories: ["Housing"], series: [.init(name: "All", values: [20])], scaleMaximum: 100, unit: "%").svg()),
        ("diverging", DivergingBarChart(
            id: "d", title: "Change", categories: ["Own tenancy"], series: [.init(name: "All", values: [7])], unit: "",
            leftMeaning: "fewer nights", rightMeaning: "more nights").svg()),
    ]

    @Test(arguments: charts)
    func everyTextRendersAtTwelvePixelsOrMoreAtTheNarrowestWidth(name: String, svg: String) throws {
        let document = try #require(SVGDocument(svg), "\(name)")
        let viewBox = try #require(document.root?.attributes["viewBox"]).split(separator: " ").compactMap { Double($0) }
        let scale = ChartTheme.narrowestRendering / viewBox[2]
        let sizes = document.all("text").compactMap { $0.attributes["font-size"].flatMap(Double.init) }
        #expect(!sizes.isEmpty)
        for size in sizes { #expect(size * min(scale, 1) >= 12, "\(name): \(size) renders at \(size * scale) px") }
    }

    @Test func theStylesheetKeepsChartsAtLeastThatWideOnAPhone() throws {
        let css = try String(contentsOfFile: TestApp.rootDirectory + "/Public/app.css", encoding: .utf8)
        #expect(css.contains(".chart-figure svg.chart { min-width: \(Int(ChartTheme.narrowestRendering / 16))rem; }"))
    }
}
