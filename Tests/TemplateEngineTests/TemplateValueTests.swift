import Testing

@testable import TemplateEngine

@Suite struct TemplateValueTests {
    @Test func literalsBuildTheMatchingCases() {
        let value: TemplateValue = ["s": "text", "i": 3, "d": 1.5, "b": true, "a": [1, 2], "n": nil]
        #expect(
            value
                == .dictionary([
                    "s": .string("text"), "i": .int(3), "d": .double(1.5), "b": .bool(true),
                    "a": .array([.int(1), .int(2)]), "n": .null,
                ]))
    }

    @Test func optionalInitialisersMapNilToNull() {
        let missing: String? = nil
        #expect(TemplateValue(missing) == .null)
        #expect(TemplateValue("x" as String?) == .string("x"))
        #expect(TemplateValue(nil as Int?) == .null)
        #expect(TemplateValue(4 as Int?) == .int(4))
        #expect(TemplateValue(nil as Double?) == .null)
        #expect(TemplateValue(nil as Bool?) == .null)
    }

    @Test func mapsASequenceIntoAnArray() {
        #expect(TemplateValue(["a", "b"]) { .string($0.uppercased()) } == ["A", "B"])
    }

    @Test(arguments: [
        (2.0, "2"), (1.5, "1.5"), (0.1, "0.1"), (-3.25, "-3.25"), (0.0, "0"), (-0.0, "0"),
        (1e-7, "0.0000001"), (1.25e-5, "0.0000125"), (1e20, "100000000000000000000"),
        (1.5e17, "150000000000000000"), (123456.789, "123456.789"), (100.0, "100"),
        (0.0001, "0.0001"), (-2.5e-6, "-0.0000025"), (9007199254740993.0, "9007199254740992"),
    ])
    func rendersDoublesInPlainDecimal(number: Double, text: String) {
        #expect(DecimalFormatting.string(number) == text)
    }

    @Test func rendersNonFiniteDoublesByName() {
        #expect(DecimalFormatting.string(.nan) == "NaN")
        #expect(DecimalFormatting.string(.infinity) == "Infinity")
        #expect(DecimalFormatting.string(-.infinity) == "-Infinity")
    }

    @Test func rendersScalarsAsText() throws {
        let context: TemplateValue = ["i": -42, "d": 2.50, "t": true, "f": false, "n": nil, "a": [1], "o": ["k": 1]]
        let output = try TemplateFixtures.render("{{i}}|{{d}}|{{t}}|{{f}}|{{n}}|{{a}}|{{o}}", context)
        #expect(output == "-42|2.5|true|false|||")
    }
}
