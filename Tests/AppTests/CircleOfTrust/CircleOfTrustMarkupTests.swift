import Testing

@testable import App

/// The pictures' markup builder and XML escaping, which append into one buffer and skip
/// the careful scalar-by-scalar path for plain text: the output must be what the careful
/// path alone gives.
@Suite struct CircleOfTrustMarkupTests {
    /// The escaping rule spelled out scalar by scalar: the five entities, tab, newline and
    /// carriage return kept, other control characters and U+FFFE/U+FFFF dropped.
    private static func reference(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20, scalar.value != 0xFFFE, scalar.value != 0xFFFF { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    @Test func escapingEqualsTheScalarByScalarRuleOnRandomText() {
        let alphabet: [Unicode.Scalar] = [
            "a", "Z", "0", " ", "-", ".", "#", "&", "<", ">", "\"", "'", "`", "=", "\t", "\n", "\r", "\u{00}", "\u{07}",
            "\u{1F}", "\u{7F}", "\u{80}", "\u{85}", "é", "—", "…", "⚠", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "😀",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                text.unicodeScalars.append(alphabet.randomElement(using: &generator)!)
            }
            #expect(XMLText.escaped(text) == Self.reference(text), "\(Array(text.unicodeScalars))")
            var appended = "prefix"
            XMLText.append(text, to: &appended)
            #expect(appended == "prefix" + Self.reference(text))
        }
    }

    @Test func plainTextIsKeptWholeAndSpecialTextEscaped() {
        #expect(XMLText.escaped("12.5") == "12.5")
        #expect(XMLText.escaped("system-ui, -apple-system, Segoe UI") == "system-ui, -apple-system, Segoe UI")
        #expect(XMLText.escaped("Zoë & \"Al\"\u{01}") == "Zoë &amp; &quot;Al&quot;")
        #expect(XMLText.escaped("") == "")
    }

    @Test func buildsElementsWithEscapedAttributesAndText() {
        var markup = CircleOfTrustMarkup()
        markup.element("g", [("data-member", "7"), ("opacity", "0.55")]) { group in
            group.leaf("title", text: "Tom & Jerry's <b>")
            group.empty("circle", [("cx", "-1.5"), ("title", "a\"b")])
            group.leaf("text", text: "")
        }
        markup.empty("rect", [])
        #expect(markup.text == #"<g data-member="7" opacity="0.55"><title>Tom &amp; Jerry&apos;s &lt;b&gt;</title>"#
            + #"<circle cx="-1.5" title="a&quot;b"/><text></text></g><rect/>"#)
    }

    @Test func keptKeysEqualFreshlyDrawnOnes() {
        let placements: [(width: Double, x: Double, y: Double, span: Double)] = [
            (1000, -500, 300, 1000), (380, -200, 120.5, 400), (600, -300, 250, 600), (600, -300, 251, 600), (1000, -500, 300, 1000),
        ]
        for placement in placements {
            let legend = CircleOfTrustLegend(width: placement.width)
            for _ in 0..<2 {
                var kept = CircleOfTrustMarkup()
                kept.leaf("title", text: "before")
                legend.draw(into: &kept, x: placement.x, y: placement.y, span: placement.span)
                var fresh = CircleOfTrustMarkup()
                fresh.leaf("title", text: "before")
                legend.drawAfresh(into: &fresh, x: placement.x, y: placement.y, span: placement.span)
                #expect(kept.text == fresh.text)
                #expect(fresh.text.contains("data-legend"))
            }
        }
    }
}
