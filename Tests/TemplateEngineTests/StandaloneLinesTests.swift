import Testing

@testable import TemplateEngine

@Suite struct StandaloneLinesTests {
    private func render(_ source: String, _ context: TemplateValue = nil) throws -> String {
        try TemplateFixtures.render(source, context)
    }

    @Test func removesLinesHoldingOnlyASectionTag() throws {
        let source = "<ul>\n  {{#xs}}\n  <li>{{.}}</li>\n  {{/xs}}\n</ul>\n"
        #expect(try render(source, ["xs": [1, 2]]) == "<ul>\n  <li>1</li>\n  <li>2</li>\n</ul>\n")
    }

    @Test func removesLinesHoldingOnlyACommentOrInvertedTag() throws {
        let source = "a\n{{! note }}\n{{^xs}}\nnone\n{{/xs}}\nb\n"
        #expect(try render(source) == "a\nnone\nb\n")
    }

    @Test func removesAStandaloneTagOnTheFirstAndLastLine() throws {
        #expect(try render("{{#t}}\nx\n{{/t}}", ["t": true]) == "x\n")
    }

    @Test func keepsCarriageReturnLineEndingsIntact() throws {
        #expect(try render("a\r\n{{#t}}\r\nb\r\n{{/t}}\r\n", ["t": true]) == "a\r\nb\r\n")
    }

    @Test func removesALineHoldingOnlyAPartial() throws {
        let library = try TemplateLibrary(templates: ["page": "<body>\n  {{> nav }}\n</body>", "nav": "<nav></nav>\n"])
        #expect(try library.render("page", nil) == "<body>\n<nav></nav>\n</body>")
    }

    @Test func keepsLinesWithTextOrTwoTags() throws {
        #expect(try render("x {{#t}}\ny\n{{/t}}", ["t": true]) == "x \ny\n")
        #expect(try render("{{#t}}{{/t}}\nz", ["t": true]) == "\nz")
        #expect(try render("  {{#t}} y\n{{/t}}", ["t": true]) == "   y\n")
    }

    @Test func neverTreatsVariablesAsStandalone() throws {
        #expect(try render("a\n  {{v}}\nb", ["v": ""]) == "a\n  \nb")
    }
}
