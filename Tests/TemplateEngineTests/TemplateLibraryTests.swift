import Testing

@testable import TemplateEngine

@Suite struct TemplateLibraryTests {
    @Test func loadsATemporaryDirectoryRecursively() throws {
        let directory = try TemporaryTemplateDirectory(files: [
            "layout.html": "<main>{{{content}}}</main><title>{{title}}</title>",
            "people/list.html": "{{#people}}{{> partials/person }}{{/people}}",
            "partials/person.html": "<p>{{name}}</p>",
            "notes.txt": "ignored",
            "people/.#list.html": "{{ ignored",
        ])
        defer { directory.remove() }
        let library = try TemplateLibrary(directory: directory.path)
        #expect(library.templateNames == ["layout", "partials/person", "people/list"])
        let output = try library.render("people/list", ["people": [["name": "Ada"], ["name": "<Bo>"]]])
        #expect(output == "<p>Ada</p><p>&lt;Bo&gt;</p>")
    }

    @Test func reportsSyntaxErrorsWithTheRelativeFile() throws {
        let directory = try TemporaryTemplateDirectory(files: ["ok.html": "fine", "sub/bad.html": "\n {{#x}}"])
        defer { directory.remove() }
        #expect(throws: TemplateError(file: "sub/bad.html", line: 2, column: 2, reason: .unclosedSection("x"))) {
            try TemplateLibrary(directory: directory.path)
        }
    }

    @Test func rejectsAMissingDirectory() {
        #expect(throws: TemplateError.self) { try TemplateLibrary(directory: "/nonexistent/templates") }
    }

    @Test func rejectsAMissingPartialAtLoadTimeWithItsTag() {
        let error = TemplateFixtures.loadError(["page": "a\nb {{#x}}{{> partials/gone }}{{/x}}"])
        #expect(error == TemplateError(file: "page.html", line: 2, column: 9, reason: .unknownPartial("partials/gone")))
    }

    @Test func rendersThePageInsideTheLayout() throws {
        let library = try TemplateLibrary(templates: [
            "layout": "<title>{{title}}</title><main>{{{ content }}}</main>",
            "page": "<h1>{{title}}</h1>",
        ])
        let output = try library.render("page", ["title": "A & B"], layout: "layout")
        #expect(output == "<title>A &amp; B</title><main><h1>A &amp; B</h1></main>")
    }

    @Test func letsALayoutContentKeyNotBeForgedByTheContext() throws {
        let library = try TemplateLibrary(templates: ["layout": "{{{content}}}", "page": "{{content}}"])
        #expect(try library.render("page", ["content": "<x>"], layout: "layout") == "&lt;x&gt;")
    }

    @Test func stopsAPartialThatIncludesItself() {
        let library = try? TemplateLibrary(templates: ["loop": "x\n{{> loop }}"])
        #expect(throws: TemplateError(file: "loop.html", line: 2, column: 1, reason: .partialDepthExceeded("loop"))) {
            try library?.render("loop", nil)
        }
    }

    /// Leaves need their own empty `children`: a missing name would be found further out.
    @Test func allowsRecursivePartialsEndedByASection() throws {
        let library = try TemplateLibrary(templates: ["tree": "<{{name}}>{{#children}}{{> tree }}{{/children}}"])
        let context: TemplateValue = [
            "name": "a", "children": [["name": "b", "children": [["name": "c", "children": []]]]],
        ]
        #expect(try library.render("tree", context) == "<a><b><c>")
    }

    @Test func rejectsAnUnknownTemplateName() throws {
        let library = try TemplateLibrary(templates: ["page": "x"])
        #expect(throws: TemplateError(file: "nope.html", line: 0, column: 0, reason: .unknownTemplate("nope"))) {
            try library.render("nope", nil)
        }
    }

    @Test func rendersAThousandRows() throws {
        let library = try TemplateLibrary(templates: [
            "table":
                "<table>\n{{#rows}}\n<tr><td>{{id}}</td><td>{{name}}</td><td>{{score}}</td></tr>\n{{/rows}}\n</table>\n"
        ])
        let rows = TemplateValue(0..<1000) { index in
            ["id": .int(index), "name": .string("P<\(index)>"), "score": .double(Double(index) / 4)]
        }
        let output = try library.render("table", ["rows": rows])
        let lines = output.split(separator: "\n")
        #expect(lines.count == 1002)
        #expect(lines[1] == "<tr><td>0</td><td>P&lt;0&gt;</td><td>0</td></tr>")
        #expect(lines[1000] == "<tr><td>999</td><td>P&lt;999&gt;</td><td>249.75</td></tr>")
    }

    @Test func isSharedAcrossConcurrentRenders() async throws {
        let library = try TemplateLibrary(templates: ["page": "{{#xs}}{{.}}{{/xs}}"])
        let outputs = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<8 { group.addTask { try library.render("page", ["xs": [1, 2, 3]]) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outputs == Array(repeating: "123", count: 8))
    }
}
