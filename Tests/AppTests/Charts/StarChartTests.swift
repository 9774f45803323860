import Domain
import Testing

@testable import App

@Suite struct StarChartTests {
    static func polygon(_ svg: String, _ className: String) throws -> String {
        let document = try #require(SVGDocument(svg))
        return try #require(document.all("polygon", in: className).first?.attributes["points"])
    }

    @Test func drawsAllFivesHalfwayUpEachSpoke() throws {
        let svg = StarChart(readings: [ChartSamples.star("2025-01-01", all: 5)]).svg()
        #expect(
            try Self.polygon(svg, "star-latest")
                == [
                    "240,105.5", "276.7,117.4", "299.4,148.7", "299.4,187.3", "276.7,218.6",
                    "240,230.5", "203.3,218.6", "180.6,187.3", "180.6,148.7", "203.3,117.4",
                ].joined(separator: " "))
    }

    @Test func drawsAllTensAtTheRim() throws {
        let svg = StarChart(readings: [ChartSamples.star("2025-01-01", all: 5), ChartSamples.star("2026-01-01", all: 10)]).svg()
        #expect(
            try Self.polygon(svg, "star-latest")
                == [
                    "240,43", "313.5,66.9", "358.9,129.4", "358.9,206.6", "313.5,269.1",
                    "240,293", "166.5,269.1", "121.1,206.6", "121.1,129.4", "166.5,66.9",
                ].joined(separator: " "))
        #expect(try Self.polygon(svg, "star-baseline").hasPrefix("240,105.5 276.7,117.4"))
    }

    @Test func dashesTheBaselineAndFillsTheLatest() throws {
        let svg = StarChart(readings: [ChartSamples.star("2026-01-01", all: 8), ChartSamples.star("2025-01-01", all: 4)]).svg()
        let document = try #require(SVGDocument(svg))
        let baseline = try #require(document.all("polygon", in: "star-baseline").first)
        let latest = try #require(document.all("polygon", in: "star-latest").first)
        #expect(baseline.attributes["stroke-dasharray"] != nil)
        #expect(baseline.attributes["fill"] == "none")
        #expect(latest.attributes["stroke-dasharray"] == nil)
        #expect(latest.attributes["fill-opacity"] == "0.15")
        #expect(document.texts.contains("Baseline, 1 Jan 2025"))
        #expect(document.texts.contains("Latest, 1 Jan 2026"))
    }

    @Test func drawsReadingsInBetweenFaintly() throws {
        let readings = (1...4).map { ChartSamples.star("2025-0\($0)-01", all: $0 + 2) }
        let document = try #require(SVGDocument(StarChart(readings: readings).svg()))
        #expect(document.all("polygon", in: "star-earlier").count == 2)
        #expect(document.texts.contains("2 readings in between"))
    }

    @Test func labelsEverySpoke() throws {
        let document = try #require(SVGDocument(StarChart(readings: []).svg()))
        let labels = document.texts.joined(separator: " ")
        for area in StarArea.allCases {
            #expect(labels.contains(area.shortTitle.split(separator: " ").first!))
        }
        #expect(document.texts.contains("No Star readings yet"))
    }

    @Test func leavesOutReadingsFromAnotherStar() {
        let other = StarReading(scores: [:], assessedOn: ChartSamples.date("2025-01-01"), version: "home-star-2022")
        #expect(StarChart(readings: [other]).readings.isEmpty)
    }

    @Test func describesTheChangeInWords() throws {
        let svg = StarChart(readings: [ChartSamples.star("2025-01-01", all: 4), ChartSamples.star("2026-01-01", all: 6)]).svg()
        let desc = try #require(SVGDocument(svg)?.all("desc").first?.text)
        #expect(desc.contains("2 readings from 1 Jan 2025 to 1 Jan 2026"))
        #expect(desc.contains("physical health (+2)"))
    }

    @Test func tabulatesEachAreaWithItsChangeAndStage() {
        let table = StarChart(readings: [ChartSamples.star("2025-01-01", all: 4), ChartSamples.star("2026-01-01", all: 9)])
            .dataTable()
        #expect(table.headers == ["Area", "1 Jan 2025", "1 Jan 2026", "Change", "Stage (latest)"])
        #expect(table.rows.count == 10)
        #expect(table.rows[0] == ["Motivation and taking responsibility", "4", "9", "+5", "Self-reliance"])
    }
}
