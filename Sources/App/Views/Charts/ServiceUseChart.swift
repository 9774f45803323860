import Domain

/// Unplanned service use by quarter, as small multiples: one panel per kind, each with a bar
/// per quarter on its own scale; the quarter before support (0) is hatched, later ones solid.
public struct ServiceUseChart: Sendable {
    /// The records, by quarter.
    public let records: [ServiceUseRecord]
    /// When given, quarters are described with their dates.
    public let support: SupportQuarter?
    /// Prefixes every id in the picture, so several charts can share a page.
    public let id: String
    /// The kinds drawn: those the reader may see.
    public let kinds: [ServiceUseKind]

    public init(
        records: [ServiceUseRecord], kinds: [ServiceUseKind] = ServiceUseKind.allCases, support: SupportQuarter? = nil,
        id: String = "service-use-chart"
    ) {
        self.records = records.sorted { $0.quarter < $1.quarter }
        self.kinds = kinds
        self.support = support
        self.id = id
    }

    static let width = 480.0
    static let top = 40.0
    static let panelWidth = 232.0
    static let panelHeight = 134.0
    static let beforeFill = ChartFill(key: "before", color: ChartTheme.baseline, pattern: .diagonal)

    /// The complete `<svg>` element.
    public func svg() -> String {
        let rows = (kinds.count + 1) / 2
        let height = Self.top + Double(rows) * Self.panelHeight
        return ChartMarkup.document(
            id: id, width: Self.width, height: height, title: "Unplanned service use, by quarter", description: description,
            fills: [Self.beforeFill]
        ) { svg in
            svg.rect(
                x: 8, y: 8, width: 22, height: 14,
                [("fill", Self.beforeFill.reference(idPrefix: id)), ("stroke", ChartTheme.baseline)])
            svg.label("Before support (B)", x: 36, y: 20)
            svg.rect(x: 220, y: 8, width: 22, height: 14, [("fill", ChartTheme.latest)])
            svg.label("Quarters of support (Q1, Q2…)", x: 248, y: 20)
            for (index, kind) in kinds.enumerated() {
                let x = 4 + Double(index % 2) * (Self.panelWidth + 8)
                let y = Self.top + Double(index / 2) * Self.panelHeight
                drawPanel(kind, x: x, y: y, &svg)
            }
        }
    }

    private func drawPanel(_ kind: ServiceUseKind, x: Double, y: Double, _ svg: inout ChartMarkup) {
        svg.element("g", [("class", "service-use-\(kind.rawValue)")]) { panel in
            panel.label(kind.title, x: x + 4, y: y + 14, weight: "600")
            let baseline = y + Self.panelHeight - 28
            let plotTop = y + 38
            panel.line(x1: x + 4, y1: baseline, x2: x + Self.panelWidth - 4, y2: baseline, [("stroke", ChartTheme.ink)])
            guard !records.isEmpty else {
                panel.label(
                    "Nothing recorded", x: x + 4, y: baseline - 8, size: ChartTheme.smallFontSize, fill: ChartTheme.mutedInk)
                return
            }
            let largest = max(1, records.map { $0.count(kind) }.max() ?? 1)
            let slot = (Self.panelWidth - 8) / Double(records.count)
            let barWidth = min(30, slot * 0.66)
            for (index, record) in records.enumerated() {
                let middle = x + 4 + slot * (Double(index) + 0.5)
                let height = Double(record.count(kind)) / Double(largest) * (baseline - plotTop)
                let fill = record.quarter == 0 ? Self.beforeFill.reference(idPrefix: id) : ChartTheme.latest
                if height > 0 {
                    panel.rect(
                        x: middle - barWidth / 2, y: baseline - height, width: barWidth, height: height,
                        [
                            ("class", "q\(record.quarter)"), ("fill", fill),
                            ("stroke", record.quarter == 0 ? ChartTheme.baseline : ChartTheme.latest),
                        ])
                }
                panel.label(
                    String(record.count(kind)), x: middle, y: baseline - height - 5, size: ChartTheme.smallFontSize,
                    anchor: "middle")
                panel.label(
                    record.quarter == 0 ? "B" : "Q\(record.quarter)", x: middle, y: baseline + 16,
                    size: ChartTheme.smallFontSize, anchor: "middle", fill: ChartTheme.mutedInk)
            }
        }
    }

    private func quarterName(_ quarter: Int) -> String {
        support?.describe(quarter) ?? SupportQuarter.title(quarter)
    }

    /// The counts in words, kind by kind.
    var description: String {
        guard !records.isEmpty else { return "No unplanned service use has been recorded yet." }
        let kinds = self.kinds.map { kind in
            let counts = records.map { "\($0.count(kind)) \($0.quarter == 0 ? "before support" : "in quarter \($0.quarter)")" }
            return "\(kind.title): \(ChartFormat.list(counts))"
        }
        return "Unplanned service use by quarter of support. " + kinds.joined(separator: ". ") + "."
    }

    /// One row per kind, one column per quarter.
    public func dataTable() -> (headers: [String], rows: [[String]]) {
        let headers = ["Service use"] + records.map { SupportQuarter.title($0.quarter) }
        let rows = kinds.map { kind in [kind.title] + records.map { String($0.count(kind)) } }
        return (headers, rows)
    }
}
