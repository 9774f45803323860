import Domain

/// The star in words: the `<desc>` summary and the table printed beside the picture.
extension StarChart {
    /// Summarises the baseline and latest readings, area by area where they changed.
    var description: String {
        guard let latest else { return "No Homelessness Outcomes Star readings have been recorded yet." }
        let scores = StarArea.allCases.map { "\($0.name) \(latest.score($0))" }
        guard let baseline else {
            return "One reading, on \(latest.assessedOn.display), scored out of 10: \(ChartFormat.list(scores))."
        }
        let changes = StarArea.allCases.map { area in (area, latest.score(area) - baseline.score(area)) }
        let up = changes.filter { $0.1 > 0 }.map { "\($0.0.name) (+\($0.1))" }
        let down = changes.filter { $0.1 < 0 }.map { "\($0.0.name) (\($0.1))" }
        var text =
            "\(ChartFormat.count(readings.count, "reading", "readings")) from \(baseline.assessedOn.display) "
            + "to \(latest.assessedOn.display), scored out of 10. Latest: \(ChartFormat.list(scores))."
        text += up.isEmpty ? " No area went up since the baseline." : " Up since the baseline: \(ChartFormat.list(up))."
        if !down.isEmpty { text += " Down: \(ChartFormat.list(down))." }
        return text
    }

    /// One row per area: the score at each reading, then the latest Journey of Change stage.
    public func dataTable() -> (headers: [String], rows: [[String]]) {
        var headers = ["Area"] + readings.map(\.assessedOn.display)
        if readings.count > 1 { headers.append("Change") }
        headers.append("Stage (latest)")
        let rows = StarArea.allCases.map { area -> [String] in
            var row = [area.title] + readings.map { String($0.score(area)) }
            if let first = readings.first, let last = readings.last, readings.count > 1 {
                let change = last.score(area) - first.score(area)
                row.append(change > 0 ? "+\(change)" : String(change))
            }
            row.append(readings.last?.stage(area).title ?? "")
            return row
        }
        return (headers, rows)
    }
}
