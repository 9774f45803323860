import Testing

@testable import TemplateEngine

@Suite struct SyntaxErrorTests {
    struct Case: Sendable, CustomStringConvertible {
        let source: String
        let line: Int
        let column: Int
        let reason: TemplateError.Reason
        var description: String { "\(reason)" }
    }

    static let cases: [Case] = [
        Case(source: "ab\n  {{ name", line: 2, column: 3, reason: .unclosedTag),
        Case(source: "x {{ a {{ b }}", line: 1, column: 3, reason: .unclosedTag),
        Case(source: "{{{ raw }}", line: 1, column: 1, reason: .unclosedTag),
        Case(source: "é{{! never closed", line: 1, column: 2, reason: .unclosedTag),
        Case(source: "\n\n{{#a}}\n{{#b}}{{/b}}\n", line: 3, column: 1, reason: .unclosedSection("a")),
        Case(
            source: "{{#a}}\n  {{#b}}x{{/a}}", line: 2, column: 10, reason: .mismatchedClose(expected: "b", found: "a")),
        Case(source: "ok\nok {{/a}}", line: 2, column: 4, reason: .strayClose("a")),
        Case(source: "{{ }}", line: 1, column: 1, reason: .emptyName),
        Case(source: "x\n{{# }}", line: 2, column: 1, reason: .emptyName),
        Case(source: "{{> }}", line: 1, column: 1, reason: .emptyName),
        Case(source: "{{{}}}", line: 1, column: 1, reason: .emptyName),
        Case(source: "{{ first name }}", line: 1, column: 1, reason: .invalidName("first name")),
        Case(source: "{{ a..b }}", line: 1, column: 1, reason: .invalidName("a..b")),
        Case(source: "{{#a.}}{{/a.}}", line: 1, column: 1, reason: .invalidName("a.")),
    ]

    @Test(arguments: cases)
    func reportsTheFileLineAndColumn(_ testCase: Case) {
        let error = TemplateFixtures.loadError(["people/list": testCase.source])
        #expect(
            error
                == TemplateError(
                    file: "people/list.html", line: testCase.line, column: testCase.column, reason: testCase.reason))
    }

    @Test func describesTheErrorWithItsPlace() {
        let error = TemplateFixtures.loadError(["page": "{{#a}}"])
        #expect(error?.description == "page.html:1:1: unclosed section 'a'")
    }

    @Test func acceptsSigilsWithSpacesAndPartialNamesWithSlashes() throws {
        let library = try TemplateLibrary(templates: [
            "page": "{{ # a }}{{ > partials/nav-bar }}{{ / a }}", "partials/nav-bar": "nav",
        ])
        #expect(try library.render("page", ["a": true]) == "nav")
    }
}
