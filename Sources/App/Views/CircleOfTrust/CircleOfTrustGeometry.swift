#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A rectangle in the picture's user units, y pointing down.
struct CircleOfTrustRect: Sendable, Hashable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var maxX: Double { x + width }
    var maxY: Double { y + height }

    /// The rectangle grown by `margin` on every side.
    func inset(by margin: Double) -> CircleOfTrustRect {
        CircleOfTrustRect(x: x - margin, y: y - margin, width: width + 2 * margin, height: height + 2 * margin)
    }

    /// The area both rectangles cover; zero when apart.
    func overlapArea(with other: CircleOfTrustRect) -> Double {
        let w = min(maxX, other.maxX) - max(x, other.x)
        let h = min(maxY, other.maxY) - max(y, other.y)
        return w > 0 && h > 0 ? w * h : 0
    }

    /// The smallest rectangle holding both.
    func union(_ other: CircleOfTrustRect) -> CircleOfTrustRect {
        let left = min(x, other.x)
        let top = min(y, other.y)
        return CircleOfTrustRect(
            x: left, y: top, width: max(maxX, other.maxX) - left, height: max(maxY, other.maxY) - top)
    }

    /// Whether the segment from (x1, y1) to (x2, y2) passes through the rectangle (Liang–Barsky).
    func intersectsSegment(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> Bool {
        let dx = x2 - x1
        let dy = y2 - y1
        var low = 0.0
        var high = 1.0
        for (p, q) in [(-dx, x1 - x), (dx, maxX - x1), (-dy, y1 - y), (dy, maxY - y1)] {
            if p == 0 {
                if q < 0 { return false }
            } else {
                let t = q / p
                if p < 0 { low = max(low, t) } else { high = min(high, t) }
                if low > high { return false }
            }
        }
        return true
    }
}

/// Angle helpers for the rings.
enum CircleOfTrustAngles {
    static let fullTurn = 2 * Double.pi

    /// The cosine and sine of `angle`, from the C library (Swift's standard library has none).
    static func direction(_ angle: Double) -> (x: Double, y: Double) {
        (cos(angle), sin(angle))
    }

    /// The smallest angular distance between neighbours among `angles`; a full turn for fewer than two.
    static func smallestGap(_ angles: [Double]) -> Double {
        guard angles.count > 1 else { return fullTurn }
        let sorted = angles.map(normalised).sorted()
        var gap = sorted[0] + fullTurn - sorted[sorted.count - 1]
        for index in 1..<sorted.count { gap = min(gap, sorted[index] - sorted[index - 1]) }
        return gap
    }

    private static func normalised(_ angle: Double) -> Double {
        let turned = angle.truncatingRemainder(dividingBy: fullTurn)
        return turned < 0 ? turned + fullTurn : turned
    }
}
