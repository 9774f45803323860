import Domain
import Testing

@testable import App

@Suite struct QuarterChartTests {
    @Test func stacksNightsToScale() throws {
        let document = try #require(SVGDocument(AccommodationChart(records: ChartSamples.accommodation).svg()))
        let rough = document.all("rect").filter { $0.attributes["class"] == "rough_sleeping" }
        #expect(rough.map { $0.attributes["height"] } == ["110", "23.9"])
        #expect(rough.map { $0.attributes["y"] } == ["140", "226.1"])
        #expect(document.texts.contains("Q1"))
        #expect(document.texts.contains("Night shelter"))
        #expect(!document.texts.contains("Prison"))
    }

    @Test func givesEachSettingItsOwnPattern() {
        let fills = AccommodationSetting.allCases.map(AccommodationChart.fill)
        let looks = Set(fills.map { "\($0.pattern)-\($0.color)" })
        #expect(looks.count == AccommodationSetting.allCases.count)
        #expect(Set(fills.map(\.pattern)).count >= 7)
    }

    @Test func tabulatesAccommodationWithDates() {
        let table = AccommodationChart(records: ChartSamples.accommodation, support: ChartSamples.support).dataTable()
        #expect(table.headers.first == "Quarter")
        #expect(table.headers[1] == "Dates")
        #expect(table.headers.last == "Total nights")
        #expect(table.rows[0] == ["Quarter 1", "1 Oct 2024 to 31 Dec 2024", "46", "46", "0", "0", "0", "0", "0", "0", "92"])
    }

    @Test func hatchesTheQuarterBeforeSupport() throws {
        let document = try #require(SVGDocument(ServiceUseChart(records: ChartSamples.serviceUse).svg()))
        let arrests = document.all("rect", in: "service-use-arrests")
        #expect(arrests.first { $0.attributes["class"] == "q0" }?.attributes["fill"] == "url(#service-use-chart-before)")
        #expect(arrests.first { $0.attributes["class"] == "q1" }?.attributes["height"] == "34")
        #expect(document.texts.contains("A&E attendances"))
        #expect(document.texts.contains("B"))
    }

    @Test func tabulatesServiceUseByQuarter() {
        let table = ServiceUseChart(records: ChartSamples.serviceUse).dataTable()
        #expect(table.headers == ["Service use", "Before support", "Quarter 1"])
        #expect(table.rows[2] == ["Arrests", "4", "2"])
        #expect(table.rows.count == 6)
    }

    @Test func describesServiceUseInWords() throws {
        let desc = try #require(SVGDocument(ServiceUseChart(records: ChartSamples.serviceUse).svg())?.all("desc").first?.text)
        #expect(desc.contains("Arrests: 4 before support and 2 in quarter 1"))
    }
}
