import Domain
import Testing

@testable import App

@Suite struct NDTChartTests {
    @Test func plotsTotalsFromTopToBottomOfTheScale() throws {
        let chart = NDTTrendChart(assessments: [ChartSamples.ndt("2025-06-01", all: 0), ChartSamples.ndt("2025-01-01", all: 4)])
        let document = try #require(SVGDocument(chart.svg()))
        let line = try #require(document.all("polyline").first)
        #expect(line.attributes["points"] == "80,36 412,236")
        #expect(document.texts.contains("48"))
        #expect(document.texts.contains("1 Jan 2025"))
        #expect(document.texts.contains("1 Jun 2025"))
    }

    @Test func spacesPointsByDate() {
        let chart = NDTTrendChart(assessments: [
            ChartSamples.ndt("2025-01-01", all: 1), ChartSamples.ndt("2025-01-11", all: 1),
            ChartSamples.ndt("2025-01-21", all: 1),
        ])
        #expect(chart.x(ChartSamples.date("2025-01-11")) == 246)
    }

    @Test func tabulatesEachTotal() {
        let table = NDTTrendChart(assessments: [ChartSamples.ndt("2025-01-01", all: 4), ChartSamples.ndt("2025-06-01", all: 1)])
            .dataTable()
        #expect(table.headers == ["Assessed on", "Weighted total (0–48)"])
        #expect(table.rows == [["1 Jan 2025", "48"], ["1 Jun 2025", "12"]])
    }

    @Test func describesTheTrend() throws {
        let chart = NDTTrendChart(assessments: [ChartSamples.ndt("2025-01-01", all: 3), ChartSamples.ndt("2025-06-01", all: 1)])
        let desc = try #require(SVGDocument(chart.svg())?.all("desc").first?.text)
        #expect(desc.hasPrefix("2 NDT assessments, from 36 on 1 Jan 2025 to 12 on 1 Jun 2025 (down 24)."))
    }

    @Test func drawsItemBarsToScaleWithTheBaselineHatched() throws {
        let chart = NDTItemsChart(assessments: [ChartSamples.ndt("2026-01-01", all: 4), ChartSamples.ndt("2025-01-01", all: 1)])
        let document = try #require(SVGDocument(chart.svg()))
        let latest = document.all("rect").filter { $0.attributes["class"] == "ndt-latest" }
        let baseline = document.all("rect").filter { $0.attributes["class"] == "ndt-baseline" }
        #expect(latest.map { $0.attributes["width"] } == NDTItem.allCases.map { $0.weight == 2 ? "320" : "160" })
        #expect(baseline.map { $0.attributes["width"] } == NDTItem.allCases.map { $0.weight == 2 ? "80" : "40" })
        #expect(baseline.allSatisfy { $0.attributes["fill"] == "url(#ndt-items-baseline)" })
        #expect(document.texts.contains("Risk to others (counts double)"))
        #expect(document.texts.contains("8 of 8"))
    }

    @Test func drawsNoBarForAZeroScore() throws {
        let chart = NDTItemsChart(assessments: [ChartSamples.ndt("2026-01-01", all: 0)])
        let document = try #require(SVGDocument(chart.svg()))
        #expect(document.all("rect").filter { $0.attributes["class"] == "ndt-latest" }.isEmpty)
        #expect(document.texts.contains("Only assessment, 1 Jan 2026"))
    }

    @Test func tabulatesItemsBesideTheBaseline() {
        let table = NDTItemsChart(assessments: [ChartSamples.ndt("2026-01-01", all: 2), ChartSamples.ndt("2025-01-01", all: 3)])
            .dataTable()
        #expect(table.headers == ["Item", "Baseline, 1 Jan 2025", "Latest, 1 Jan 2026", "Maximum"])
        #expect(table.rows[3] == ["Risk to others", "6", "4", "8"])
    }
}
