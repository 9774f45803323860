import Domain

/// The Homelessness Outcomes Star as a ten-spoke star (ASSESSMENTS.md, "How they are shown"):
/// rings for scores 1–10 banded by Journey of Change stage, the baseline dashed, the latest
/// solid and lightly filled, any readings in between faint, and a legend with their dates.
public struct StarChart: Sendable {
    /// The readings to draw, in any order; only the Homelessness Star 3.1 is drawn.
    public let readings: [StarReading]
    /// Prefixes every id in the picture, so several charts can share a page.
    public let id: String

    public init(readings: [StarReading], id: String = "star-chart") {
        self.readings = readings.filter { $0.version == StarReading.currentVersion }.sorted { $0.assessedOn < $1.assessedOn }
        self.id = id
    }

    var baseline: StarReading? { readings.count > 1 ? readings.first : nil }
    var latest: StarReading? { readings.last }
    var earlier: [StarReading] { readings.count > 2 ? Array(readings.dropFirst().dropLast()) : [] }

    /// The complete `<svg>` element.
    public func svg() -> String {
        let legendRows = (baseline == nil ? 0 : 1) + (latest == nil ? 0 : 1) + (earlier.isEmpty ? 0 : 1)
        let height = Self.legendTop + Double(max(legendRows, 1)) * Self.legendRowHeight + 8
        return ChartMarkup.document(
            id: id, width: Self.width, height: height, title: "Homelessness Outcomes Star", description: description
        ) { svg in
            drawRings(&svg)
            drawSpokes(&svg)
            for reading in earlier {
                drawReading(reading, as: .earlier, &svg)
            }
            if let baseline { drawReading(baseline, as: .baseline, &svg) }
            if let latest { drawReading(latest, as: .latest, &svg) }
            drawScale(&svg)
            drawLegend(&svg)
        }
    }

    private func drawRings(_ svg: inout ChartMarkup) {
        for score in stride(from: 10, through: 2, by: -2) {
            let fill = score % 4 == 2 ? ChartTheme.band : "#ffffff"
            svg.empty(
                "polygon",
                [
                    ("points", Self.polygonPoints { _ in Double(score) }), ("fill", fill),
                    ("stroke", ChartTheme.grid), ("stroke-width", "1"),
                ])
        }
        for score in stride(from: 1, through: 9, by: 2) {
            svg.empty(
                "polygon",
                [
                    ("points", Self.polygonPoints { _ in Double(score) }), ("fill", "none"),
                    ("stroke", ChartTheme.grid), ("stroke-width", "0.6"), ("stroke-dasharray", "2 3"),
                ])
        }
    }

    /// The even scores up the top spoke, haloed in white so they stay readable over the polygons.
    private func drawScale(_ svg: inout ChartMarkup) {
        // A halo copy underneath instead of `paint-order`, which HTML validators refuse.
        svg.element("g", [("stroke", "#ffffff"), ("stroke-width", "3"), ("aria-hidden", "true")]) { halo in
            for score in stride(from: 2, through: 10, by: 2) {
                let point = Self.point(.motivation, score: Double(score))
                halo.label(String(score), x: point.x + 5, y: point.y + 4, size: ChartTheme.smallFontSize, fill: "#ffffff")
            }
        }
        for score in stride(from: 2, through: 10, by: 2) {
            let point = Self.point(.motivation, score: Double(score))
            svg.label(String(score), x: point.x + 5, y: point.y + 4, size: ChartTheme.smallFontSize, fill: ChartTheme.mutedInk)
        }
    }

    private func drawSpokes(_ svg: inout ChartMarkup) {
        for (index, area) in StarArea.allCases.enumerated() {
            let end = Self.point(area, score: 10)
            svg.line(x1: Self.center.x, y1: Self.center.y, x2: end.x, y2: end.y, [("stroke", ChartTheme.grid)])
            let direction = Self.directions[index]
            let anchor = abs(direction.x) < 0.1 ? "middle" : (direction.x > 0 ? "start" : "end")
            let lines = Self.labelLines(area)
            let x = Self.center.x + (Self.radius + Self.labelGap) * direction.x
            let lineHeight = 16.0
            let blockHeight = Double(lines.count - 1) * lineHeight
            let middle = Self.center.y + (Self.radius + Self.labelGap) * direction.y
            var top = middle - blockHeight / 2 + 5
            if direction.y < -0.9 { top = middle - blockHeight }
            if direction.y > 0.9 { top = middle + 10 }
            for (line, text) in lines.enumerated() {
                svg.label(text, x: x, y: top + Double(line) * lineHeight, anchor: anchor)
            }
        }
    }

    private func drawReading(_ reading: StarReading, as series: StarSeries, _ svg: inout ChartMarkup) {
        let points = Self.polygonPoints { Double(reading.score($0)) }
        let style = series.style
        svg.element("g", [("class", series.rawValue)]) { group in
            group.empty("polygon", [("points", points)] + style.polygonAttributes)
            guard let marker = style.marker else { return }
            for area in StarArea.allCases {
                let point = Self.point(area, score: Double(reading.score(area)))
                marker(point.x, point.y, &group)
            }
        }
    }

    private func drawLegend(_ svg: inout ChartMarkup) {
        var entries: [(StarSeries, String)] = []
        if let baseline { entries.append((.baseline, "Baseline, \(baseline.assessedOn.display)")) }
        if let latest {
            entries.append(
                (.latest, baseline == nil ? "Only reading, \(latest.assessedOn.display)" : "Latest, \(latest.assessedOn.display)")
            )
        }
        if !earlier.isEmpty {
            entries.append((.earlier, "\(ChartFormat.count(earlier.count, "reading", "readings")) in between"))
        }
        if entries.isEmpty {
            svg.label("No Star readings yet", x: 24, y: Self.legendTop + 16)
        }
        for (row, entry) in entries.enumerated() {
            let y = Self.legendTop + Double(row) * Self.legendRowHeight
            let style = entry.0.style
            svg.element("g", [("class", "legend-\(entry.0.rawValue)")]) { group in
                group.line(x1: 24, y1: y + 11, x2: 64, y2: y + 11, style.lineAttributes)
                style.marker?(44, y + 11, &group)
                group.label(entry.1, x: 74, y: y + 16)
            }
        }
    }
}
