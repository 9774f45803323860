import Domain
import Testing

@testable import App

@Suite struct ChartMarkupTests {
    static let charts: [(String, String)] = [
        (
            "star, several",
            StarChart(readings: [
                ChartSamples.star("2025-01-01", all: 3), ChartSamples.star("2025-04-01", all: 5),
                ChartSamples.star("2025-07-01", all: 7),
            ]).svg()
        ),
        ("star, one", StarChart(readings: [ChartSamples.star("2025-01-01", all: 3)]).svg()),
        ("star, none", StarChart(readings: []).svg()),
        (
            "NDT trend",
            NDTTrendChart(assessments: [ChartSamples.ndt("2025-01-01", all: 3), ChartSamples.ndt("2025-06-01", all: 1)]).svg()
        ),
        ("NDT trend, one", NDTTrendChart(assessments: [ChartSamples.ndt("2025-01-01", all: 3)]).svg()),
        ("NDT trend, none", NDTTrendChart(assessments: []).svg()),
        (
            "NDT items",
            NDTItemsChart(assessments: [ChartSamples.ndt("2025-01-01", all: 3), ChartSamples.ndt("2025-06-01", all: 1)]).svg()
        ),
        ("NDT items, none", NDTItemsChart(assessments: []).svg()),
        ("accommodation", AccommodationChart(records: ChartSamples.accommodation, support: ChartSamples.support).svg()),
        ("accommodation, none", AccommodationChart(records: []).svg()),
        ("service use", ServiceUseChart(records: ChartSamples.serviceUse, support: ChartSamples.support).svg()),
        ("service use, none", ServiceUseChart(records: []).svg()),
    ]

    @Test(arguments: charts)
    func isWellFormedAndLabelled(name: String, svg: String) throws {
        let document = try #require(SVGDocument(svg), "\(name) is not well-formed XML")
        let root = try #require(document.root)
        #expect(root.name == "svg")
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["width"] == "100%")
        #expect(root.attributes["viewBox"]?.hasPrefix("0 0 ") == true)
        #expect(root.attributes["height"] == nil)
        let id = try #require(root.attributes["id"])
        #expect(root.attributes["aria-labelledby"] == "\(id)-title \(id)-desc")
        let title = try #require(document.all("title").first)
        let desc = try #require(document.all("desc").first)
        #expect(title.attributes["id"] == "\(id)-title")
        #expect(desc.attributes["id"] == "\(id)-desc")
        #expect(!title.text.isEmpty)
        #expect(desc.text.count > 20)
    }

    @Test(arguments: charts)
    func hasNoInlineStylesOrScripts(name: String, svg: String) {
        #expect(!svg.contains("style="))
        #expect(!svg.lowercased().contains("<script"))
        #expect(!svg.lowercased().contains("<style"))
    }

    @Test(arguments: charts)
    func usesEachIdOnceAndOnlyReferencesItsOwn(name: String, svg: String) throws {
        let document = try #require(SVGDocument(svg))
        let ids = document.elements.compactMap { $0.attributes["id"] }
        #expect(Set(ids).count == ids.count)
        for element in document.elements {
            guard let fill = element.attributes["fill"], fill.hasPrefix("url(#") else { continue }
            #expect(ids.contains(String(fill.dropFirst(5).dropLast())))
        }
    }

    @Test func prefixesIdsSoTwoChartsCanShareAPage() throws {
        let document = try #require(SVGDocument(ServiceUseChart(records: ChartSamples.serviceUse, id: "person-7-use").svg()))
        #expect(document.elements.compactMap { $0.attributes["id"] }.allSatisfy { $0.hasPrefix("person-7-use") })
    }

    @Test func escapesTextForXML() {
        #expect(XMLText.escaped(#"A&E <b> "x" 'y'"#) == "A&amp;E &lt;b&gt; &quot;x&quot; &apos;y&apos;")
    }

    @Test(arguments: [(12.0, "12"), (12.34, "12.3"), (12.35, "12.4"), (-3.5, "-3.5"), (-0.04, "0"), (0.96, "1")])
    func writesNumbersToOneDecimalPlace(value: Double, text: String) {
        #expect(ChartFormat.number(value) == text)
    }

    @Test func joinsListsInPlainEnglish() {
        #expect(ChartFormat.list(["a", "b", "c"]) == "a, b and c")
        #expect(ChartFormat.list(["a"]) == "a")
    }
}
