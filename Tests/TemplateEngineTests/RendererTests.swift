import Testing

@testable import TemplateEngine

@Suite struct RendererTests {
    private func render(_ source: String, _ context: TemplateValue = nil) throws -> String {
        try TemplateFixtures.render(source, context)
    }

    @Test func rendersRawOutputForTrustedHTML() throws {
        #expect(try render("{{{ svg }}}", ["svg": .trustedHTML("<svg/>")]) == "<svg/>")
    }

    @Test func escapesPlainStringsEvenInRawTags() throws {
        #expect(try render("{{{ name }}}", ["name": "<b>"]) == "&lt;b&gt;")
    }

    @Test func escapesTrustedHTMLInEscapedTags() throws {
        #expect(try render("{{ svg }}", ["svg": .trustedHTML("<svg/>")]) == "&lt;svg/&gt;")
    }

    @Test func repeatsASectionForEachArrayElement() throws {
        let context: TemplateValue = ["people": [["name": "Ada"], ["name": "Bo"]]]
        #expect(try render("{{#people}}<li>{{name}}</li>{{/people}}", context) == "<li>Ada</li><li>Bo</li>")
    }

    @Test func rendersScalarElementsWithTheImplicitIterator() throws {
        #expect(try render("{{#xs}}[{{.}}]{{/xs}}", ["xs": [1, "a", 2.5]]) == "[1][a][2.5]")
    }

    @Test func pushesADictionarySection() throws {
        let context: TemplateValue = ["person": ["name": "Ada"], "name": "outer"]
        #expect(try render("{{#person}}{{name}}{{/person}}", context) == "Ada")
    }

    @Test(arguments: [
        (TemplateValue.bool(false), ""), (.null, ""), (.array([]), ""), (.string(""), ""),
        (.bool(true), "yes"), (.int(0), "yes"), (.string("x"), "yes"), (.dictionary([:]), "yes"),
    ])
    func rendersASectionOnlyForTruthyValues(value: TemplateValue, expected: String) throws {
        #expect(try render("{{#v}}yes{{/v}}", ["v": value]) == expected)
    }

    @Test(arguments: [
        (TemplateValue.bool(false), "none"), (.null, "none"), (.array([]), "none"), (.string(""), "none"),
        (.bool(true), ""), (.array([1]), ""), (.string("x"), ""),
    ])
    func rendersAnInvertedSectionOnlyForFalseyValues(value: TemplateValue, expected: String) throws {
        #expect(try render("{{^v}}none{{/v}}", ["v": value]) == expected)
    }

    @Test func rendersAnInvertedSectionForAMissingName() throws {
        #expect(try render("{{^missing}}empty{{/missing}}") == "empty")
    }

    @Test func walksTheContextStackOutwards() throws {
        let context: TemplateValue = ["title": "T", "rows": [["id": 1], ["id": 2, "title": "own"]]]
        #expect(try render("{{#rows}}{{id}}:{{title}};{{/rows}}", context) == "1:T;2:own;")
    }

    @Test func resolvesDottedNames() throws {
        let context: TemplateValue = ["a": ["b": ["c": "deep"]]]
        #expect(try render("{{a.b.c}}|{{#a.b}}{{c}}{{/a.b}}", context) == "deep|deep")
    }

    @Test func resolvesTheRestOfADottedNameOnlyInsideTheFirstMatch() throws {
        let context: TemplateValue = ["b": ["c": "outer"], "a": ["x": 1]]
        #expect(try render("{{#a}}[{{b.c}}][{{a.b.c}}]{{/a}}", context) == "[outer][]")
    }

    @Test func rendersMissingNamesAsNothing() throws {
        #expect(try render("<{{nope}}{{a.b}}>", ["a": 1]) == "<>")
    }

    @Test func dropsComments() throws {
        #expect(try render("a{{! a comment\nover lines }}b") == "ab")
    }

    @Test func rendersNestedSectionsAndSeesOuterElements() throws {
        let context: TemplateValue = ["groups": [["g": "x", "items": [1, 2]], ["g": "y", "items": [3]]]]
        #expect(try render("{{#groups}}{{#items}}{{g}}{{.}} {{/items}}{{/groups}}", context) == "x1 x2 y3 ")
    }
}

@Suite struct ConditionalSectionTests {
    @Test func aConditionalSectionRendersOnceWithoutIteratingOrPushing() throws {
        let library = try TemplateLibrary(templates: ["list": "{{?rows}}<ul>{{#rows}}<li>{{name}}</li>{{/rows}}</ul>{{/rows}}{{^rows}}none{{/rows}}"])
        let two = try library.render("list", ["rows": [["name": "a"], ["name": "b"]]])
        #expect(two == "<ul><li>a</li><li>b</li></ul>")
        #expect(try library.render("list", ["rows": []]) == "none")
    }

    @Test func aConditionalSectionKeepsTheOuterContext() throws {
        let library = try TemplateLibrary(templates: ["t": "{{?user}}{{title}}{{/user}}"])
        #expect(try library.render("t", ["user": ["title": "inner"], "title": "outer"]) == "outer")
    }
}
