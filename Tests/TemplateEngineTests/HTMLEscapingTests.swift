import Testing

@testable import TemplateEngine

@Suite struct HTMLEscapingTests {
    @Test(arguments: [
        ("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\"", "&quot;"),
        ("'", "&#39;"), ("`", "&#96;"), ("=", "&#61;"),
    ])
    func escapesEachSpecialCharacter(character: String, entity: String) {
        #expect(HTMLEscaping.escape("a\(character)b") == "a\(entity)b")
    }

    @Test func leavesPlainTextUntouched() {
        let text = "Ada Lovelace — Zürich 🌍"
        #expect(HTMLEscaping.escape(text) == text)
    }

    @Test func escapesEverySpecialInMixedUnicodeText() {
        #expect(HTMLEscaping.escape("é<b>\"ü\"</b>&") == "é&lt;b&gt;&quot;ü&quot;&lt;/b&gt;&amp;")
    }

    @Test func escapesVariablesTheSameWay() throws {
        let output = try TemplateFixtures.render("{{ x }}", ["x": "<script>alert('x')</script>"])
        #expect(output == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
    }

    @Test(arguments: [
        "\" onmouseover=\"alert(1)", "' onfocus='x", "` onload=`x", "x onclick=y",
    ])
    func cannotBreakOutOfAQuotedAttribute(payload: String) throws {
        let output = try TemplateFixtures.render("<a title=\"{{t}}\" data-x='{{t}}'>", ["t": .string(payload)])
        let inside = output.dropFirst("<a title=\"".count).prefix { $0 != "\"" }
        #expect(!inside.contains("\"") && !inside.contains("'") && !inside.contains("`") && !inside.contains("="))
        #expect(output.hasSuffix("'>"))
    }
}
