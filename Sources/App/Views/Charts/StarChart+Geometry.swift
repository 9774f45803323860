import Domain

/// Where the star's spokes, rings and points fall in its 480-unit-wide picture.
extension StarChart {
    static let width = 480.0
    static let center = (x: 240.0, y: 168.0)
    /// The distance from the centre to a score of 10.
    static let radius = 125.0
    static let labelGap = 16.0
    static let legendTop = 350.0
    static let legendRowHeight = 26.0

    /// Unit vectors for the ten spokes, clockwise from the top (36° apart), written out so
    /// the picture needs no trigonometry library and its coordinates are exact to test.
    static let directions: [(x: Double, y: Double)] = [
        (0, -1), (0.587785, -0.809017), (0.951057, -0.309017), (0.951057, 0.309017), (0.587785, 0.809017),
        (0, 1), (-0.587785, 0.809017), (-0.951057, 0.309017), (-0.951057, -0.309017), (-0.587785, -0.809017),
    ]

    /// The point for `score` (0–10) on the spoke of `area`.
    static func point(_ area: StarArea, score: Double) -> (x: Double, y: Double) {
        let direction = directions[StarArea.allCases.firstIndex(of: area)!]
        let distance = radius * score / 10
        return (center.x + distance * direction.x, center.y + distance * direction.y)
    }

    /// The `points` attribute of the ring at `score`, or of a reading's polygon.
    static func polygonPoints(_ score: (StarArea) -> Double) -> String {
        StarArea.allCases.map { area in
            let point = point(area, score: score(area))
            return ChartFormat.point(point.x, point.y)
        }.joined(separator: " ")
    }

    /// The spoke label for `area`, split into lines of about 11 characters.
    static func labelLines(_ area: StarArea) -> [String] {
        var lines: [String] = []
        for word in area.shortTitle.split(separator: " ") {
            if let last = lines.last, last.count + word.count < 11 {
                lines[lines.count - 1] = last + " " + word
            } else {
                lines.append(String(word))
            }
        }
        return lines
    }
}
