import Domain

/// The NDT weighted total over time (ASSESSMENTS.md, "How they are shown"): a line with a
/// point and its value at each assessment, on a 0–48 scale, with dates along the bottom.
public struct NDTTrendChart: Sendable {
    /// The assessments, oldest first.
    public let assessments: [NDTAssessment]
    /// Prefixes every id in the picture, so several charts can share a page.
    public let id: String

    public init(assessments: [NDTAssessment], id: String = "ndt-trend") {
        self.assessments = assessments.sorted { $0.assessedOn < $1.assessedOn }
        self.id = id
    }

    static let width = 480.0
    static let height = 290.0
    static let plot = (left: 44.0, right: 448.0, top: 36.0, bottom: 236.0)
    static let minimumLabelGap = 92.0
    /// Keeps the first and last dates' labels inside the picture.
    static let inset = 36.0

    /// The x of an assessment: spaced by date, or centred when there is only one.
    func x(_ date: CalendarDate) -> Double {
        guard let first = assessments.first?.assessedOn, let last = assessments.last?.assessedOn, last > first else {
            return (Self.plot.left + Self.plot.right) / 2
        }
        let share = Double(date.days(since: first)) / Double(last.days(since: first))
        return Self.plot.left + Self.inset + share * (Self.plot.right - Self.plot.left - 2 * Self.inset)
    }

    /// The y of a weighted total.
    static func y(_ total: Int) -> Double {
        plot.bottom - Double(total) / Double(NDTAssessment.maximumTotal) * (plot.bottom - plot.top)
    }

    /// The complete `<svg>` element.
    public func svg() -> String {
        ChartMarkup.document(
            id: id, width: Self.width, height: Self.height, title: "NDT weighted total over time", description: description
        ) { svg in
            svg.label(
                "Weighted total (0 to 48; lower means fewer concerns)", x: 8, y: 18, size: ChartTheme.smallFontSize,
                fill: ChartTheme.mutedInk)
            for total in stride(from: 0, through: NDTAssessment.maximumTotal, by: 12) {
                let y = Self.y(total)
                svg.line(
                    x1: Self.plot.left, y1: y, x2: Self.plot.right, y2: y,
                    [("stroke", total == 0 ? ChartTheme.ink : ChartTheme.grid)])
                svg.label(
                    String(total), x: Self.plot.left - 8, y: y + 4, size: ChartTheme.smallFontSize, anchor: "end",
                    fill: ChartTheme.mutedInk)
            }
            guard !assessments.isEmpty else {
                svg.label("No NDT assessments yet", x: (Self.plot.left + Self.plot.right) / 2, y: Self.y(24), anchor: "middle")
                return
            }
            let points = assessments.map { ChartFormat.point(x($0.assessedOn), Self.y($0.weightedTotal)) }.joined(separator: " ")
            svg.empty(
                "polyline",
                [
                    ("class", "ndt-total"), ("points", points), ("fill", "none"), ("stroke", ChartTheme.latest),
                    ("stroke-width", "3"), ("stroke-linejoin", "round"),
                ])
            for assessment in assessments {
                let x = x(assessment.assessedOn)
                let y = Self.y(assessment.weightedTotal)
                svg.empty(
                    "circle",
                    [
                        ("cx", ChartFormat.number(x)), ("cy", ChartFormat.number(y)), ("r", "5"),
                        ("fill", "#ffffff"), ("stroke", ChartTheme.latest), ("stroke-width", "3"),
                    ])
                svg.label(String(assessment.weightedTotal), x: x, y: y - 11, anchor: "middle", weight: "bold")
            }
            drawDates(&svg)
        }
    }

    /// Date labels under the points, skipping any that would collide; the last always shows.
    private func drawDates(_ svg: inout ChartMarkup) {
        var shown: [Double] = []
        for (index, assessment) in assessments.enumerated() {
            let x = x(assessment.assessedOn)
            let isLast = index == assessments.count - 1
            if let previous = shown.last, x - previous < Self.minimumLabelGap {
                guard isLast else { continue }
                if shown.count > 1 || assessments.count == 1 { shown.removeLast() } else { continue }
            }
            shown.append(x)
        }
        for assessment in assessments where shown.contains(x(assessment.assessedOn)) {
            let x = x(assessment.assessedOn)
            svg.line(x1: x, y1: Self.plot.bottom, x2: x, y2: Self.plot.bottom + 5, [("stroke", ChartTheme.ink)])
            svg.label(
                assessment.assessedOn.display, x: x, y: Self.plot.bottom + 22, size: ChartTheme.smallFontSize, anchor: "middle")
        }
    }

    /// The totals in words.
    var description: String {
        guard let first = assessments.first, let last = assessments.last else {
            return "No NDT assessments have been recorded yet."
        }
        let scale = "Weighted totals out of 48; lower means fewer indicators of multiple disadvantage."
        guard assessments.count > 1 else {
            return "One NDT assessment, on \(first.assessedOn.display), with a weighted total of \(first.weightedTotal). \(scale)"
        }
        let change = last.weightedTotal - first.weightedTotal
        let direction = change < 0 ? "down \(-change)" : (change > 0 ? "up \(change)" : "unchanged")
        let all = assessments.map { "\($0.weightedTotal) on \($0.assessedOn.display)" }
        return "\(assessments.count) NDT assessments, from \(first.weightedTotal) on \(first.assessedOn.display) "
            + "to \(last.weightedTotal) on \(last.assessedOn.display) (\(direction)). \(scale) All totals: \(ChartFormat.list(all))."
    }

    /// One row per assessment: date and weighted total.
    public func dataTable() -> (headers: [String], rows: [[String]]) {
        (["Assessed on", "Weighted total (0–48)"], assessments.map { [$0.assessedOn.display, String($0.weightedTotal)] })
    }
}
