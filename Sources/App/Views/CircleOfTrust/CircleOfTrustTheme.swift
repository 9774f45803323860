/// Colours, line patterns and sizes of the circle of trust picture, in one place.
///
/// Why: roles differ by colour AND line pattern so the picture survives black-and-white
/// printing and colour blindness (colours after the Okabe–Ito palette, darkened for 4.5:1
/// contrast on white). Blue is kept for the first trusted person (PRODUCT.md, "Individual record").
enum CircleOfTrustTheme {
    static let fontFamily = "system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif"
    static let ink = "#1F2937"
    static let mutedInk = "#4B5563"
    static let paper = "#FFFFFF"
    static let ringGuide = "#E5E7EB"
    static let firstBlue = "#1D6FD8"
    static let unsafeRed = "#B42318"
    static let endedGrey = "#6B7280"
    /// Ended links fade to this opacity (PRODUCT.md: "ended links faded").
    static let endedOpacity = "0.35"
    /// Ended members' nodes and labels fade less, so their names stay readable.
    static let endedMemberOpacity = "0.55"
    static let hubFill = "#1F2937"

    static let nodeRadius = 15.0
    static let nameFontSize = 15.0
    static let detailFontSize = 12.5

    /// How a link of one role is stroked.
    struct Stroke: Sendable {
        let color: String
        let width: Double
        let dashArray: String?
        let roundCaps: Bool
    }

    static func stroke(for role: CircleOfTrustPicture.Member.Role) -> Stroke {
        switch role {
        case .primary: Stroke(color: "#007A5A", width: 4, dashArray: nil, roundCaps: false)
        case .backup: Stroke(color: "#B35900", width: 2.5, dashArray: "10 5", roundCaps: false)
        case .trusted: Stroke(color: "#7A3E9D", width: 1.5, dashArray: nil, roundCaps: false)
        case .interim: Stroke(color: "#374151", width: 2.5, dashArray: "0.1 5", roundCaps: true)
        }
    }

    static let unsafeStroke = Stroke(color: unsafeRed, width: 2, dashArray: "6 4", roundCaps: false)
    static let endedStroke = Stroke(color: endedGrey, width: 1.5, dashArray: nil, roundCaps: false)

    /// The stroke for a member's link: unsafe and ended override the role.
    static func stroke(for member: CircleOfTrustPicture.Member) -> Stroke {
        if member.unsafe { return unsafeStroke }
        if member.status == .ended { return endedStroke }
        return stroke(for: member.role)
    }

    /// Presentation attributes for a stroke (no `style=`: the app's CSP forbids inline styles).
    static func attributes(of stroke: Stroke) -> [(String, String)] {
        var result = [
            ("stroke", stroke.color), ("stroke-width", CircleOfTrustText.number(stroke.width)),
        ]
        if let dash = stroke.dashArray { result.append(("stroke-dasharray", dash)) }
        if stroke.roundCaps { result.append(("stroke-linecap", "round")) }
        return result
    }
}
