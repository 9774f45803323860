import Domain

/// Nights in each accommodation setting, quarter by quarter of support: one stacked bar per
/// quarter, one segment per setting, each setting with its own pattern and a legend.
public struct AccommodationChart: Sendable {
    /// The records, by quarter.
    public let records: [AccommodationRecord]
    /// When given, quarters are described with their dates.
    public let support: SupportQuarter?
    /// Prefixes every id in the picture, so several charts can share a page.
    public let id: String

    public init(records: [AccommodationRecord], support: SupportQuarter? = nil, id: String = "accommodation-chart") {
        self.records = records.sorted { $0.quarter < $1.quarter }
        self.support = support
        self.id = id
    }

    static let width = 480.0
    static let plot = (left: 40.0, right: 470.0, top: 30.0, bottom: 250.0)
    static let legendTop = 284.0
    static let legendRowHeight = 26.0

    /// Each setting's fill: sleeping rough darkest and solid, the settled homes lightest.
    static func fill(_ setting: AccommodationSetting) -> ChartFill {
        switch setting {
        case .roughSleeping: ChartFill(key: setting.rawValue, color: "#1b1b1b", pattern: .solid)
        case .nightShelter: ChartFill(key: setting.rawValue, color: "#8c2d04", pattern: .crosshatch)
        case .bedAndBreakfastOrHostel: ChartFill(key: setting.rawValue, color: "#b35806", pattern: .diagonal)
        case .supportedAccommodation: ChartFill(key: setting.rawValue, color: "#1d4e89", pattern: .horizontal)
        case .livingWithFamilyOrFriends: ChartFill(key: setting.rawValue, color: "#2b7a78", pattern: .dots)
        case .ownTenancy: ChartFill(key: setting.rawValue, color: "#a9c6e8", pattern: .solid)
        case .prison: ChartFill(key: setting.rawValue, color: "#4a4a4a", pattern: .vertical)
        case .hospital: ChartFill(key: setting.rawValue, color: "#6a3d9a", pattern: .backDiagonal)
        }
    }

    /// The settings with any nights, in the standard order.
    var settingsShown: [AccommodationSetting] {
        AccommodationSetting.allCases.filter { setting in records.contains { $0.nights(setting) > 0 } }
    }

    static func y(_ nights: Int) -> Double {
        plot.bottom - Double(nights) / Double(SupportQuarter.maximumDays) * (plot.bottom - plot.top)
    }

    /// The complete `<svg>` element.
    public func svg() -> String {
        let legendRows = (settingsShown.count + 1) / 2
        let height = Self.legendTop + Double(max(legendRows, 1)) * Self.legendRowHeight + 4
        return ChartMarkup.document(
            id: id, width: Self.width, height: height, title: "Nights in each kind of accommodation, by quarter of support",
            description: description, fills: settingsShown.map(Self.fill)
        ) { svg in
            svg.label("Nights in the quarter", x: 4, y: 16, size: ChartTheme.smallFontSize, fill: ChartTheme.mutedInk)
            for nights in [0, 30, 60, 90] {
                let y = Self.y(nights)
                svg.line(
                    x1: Self.plot.left, y1: y, x2: Self.plot.right, y2: y,
                    [("stroke", nights == 0 ? ChartTheme.ink : ChartTheme.grid)])
                svg.label(
                    String(nights), x: Self.plot.left - 6, y: y + 4, size: ChartTheme.smallFontSize, anchor: "end",
                    fill: ChartTheme.mutedInk)
            }
            if records.isEmpty {
                svg.label(
                    "No accommodation recorded yet", x: (Self.plot.left + Self.plot.right) / 2, y: Self.y(46), anchor: "middle")
            }
            let slot = (Self.plot.right - Self.plot.left) / Double(max(records.count, 1))
            let barWidth = min(56, slot * 0.62)
            for (index, record) in records.enumerated() {
                let middle = Self.plot.left + slot * (Double(index) + 0.5)
                drawBar(record, x: middle - barWidth / 2, width: barWidth, &svg)
                svg.label(
                    "Q\(record.quarter)", x: middle, y: Self.plot.bottom + 18, size: ChartTheme.smallFontSize, anchor: "middle")
            }
            drawLegend(&svg)
        }
    }

    private func drawBar(_ record: AccommodationRecord, x: Double, width: Double, _ svg: inout ChartMarkup) {
        var total = 0
        svg.element("g", [("class", "accommodation-q\(record.quarter)")]) { group in
            for setting in AccommodationSetting.allCases where record.nights(setting) > 0 {
                let top = Self.y(total + record.nights(setting))
                let bottom = Self.y(total)
                group.rect(
                    x: x, y: top, width: width, height: bottom - top,
                    [
                        ("class", setting.rawValue), ("fill", Self.fill(setting).reference(idPrefix: id)),
                        ("stroke", "#ffffff"), ("stroke-width", "1"),
                    ])
                total += record.nights(setting)
            }
            group.rect(
                x: x, y: Self.y(total), width: width, height: Self.y(0) - Self.y(total),
                [("fill", "none"), ("stroke", ChartTheme.ink)])
            group.label(String(total), x: x + width / 2, y: Self.y(total) - 5, size: ChartTheme.smallFontSize, anchor: "middle")
        }
    }

    private func drawLegend(_ svg: inout ChartMarkup) {
        for (index, setting) in settingsShown.enumerated() {
            let x = 8 + Double(index % 2) * 236
            let y = Self.legendTop + Double(index / 2) * Self.legendRowHeight
            svg.rect(
                x: x, y: y, width: 24, height: 16,
                [("fill", Self.fill(setting).reference(idPrefix: id)), ("stroke", ChartTheme.ink)])
            svg.label(setting.title, x: x + 32, y: y + 13)
        }
    }

    private func quarterName(_ quarter: Int) -> String {
        support?.describe(quarter) ?? SupportQuarter.title(quarter)
    }

    /// The nights in words, quarter by quarter.
    var description: String {
        guard !records.isEmpty else { return "No accommodation has been recorded yet." }
        let quarters = records.map { record in
            let parts = AccommodationSetting.allCases.filter { record.nights($0) > 0 }
                .map { "\(record.nights($0)) \($0.name)" }
            return "\(quarterName(record.quarter)): \(parts.isEmpty ? "no nights recorded" : ChartFormat.list(parts))"
        }
        return "Nights by setting in each quarter of support. " + quarters.joined(separator: ". ") + "."
    }

    /// One row per quarter: its dates (when known), nights per setting, and the total.
    public func dataTable() -> (headers: [String], rows: [[String]]) {
        let headers =
            ["Quarter"] + (support == nil ? [] : ["Dates"]) + AccommodationSetting.allCases.map(\.title) + ["Total nights"]
        let rows = records.map { record in
            let dates = support.map { support -> [String] in
                let range = support.range(record.quarter)
                return ["\(range.lowerBound.display) to \(range.upperBound.display)"]
            }
            return [SupportQuarter.title(record.quarter)] + (dates ?? [])
                + AccommodationSetting.allCases.map { String(record.nights($0)) } + [String(record.totalNights)]
        }
        return (headers, rows)
    }
}
