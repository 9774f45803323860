import Testing

@testable import App

@Suite struct CircleOfTrustTextTests {
    @Test(arguments: [
        ("a & b", "a &amp; b"), ("<x>", "&lt;x&gt;"), ("\"q\"", "&quot;q&quot;"), ("it's", "it&apos;s"),
        ("bell\u{07}", "bell"),
    ])
    func escapesXMLSpecialCharacters(raw: String, escaped: String) {
        #expect(XMLText.escaped(raw) == escaped)
    }

    @Test(arguments: [
        ("Sam Okafor", "Sam Okafor"), ("Exactly eighteen!!", "Exactly eighteen!!"),
        ("Housing & Support Team", "Housing & Support…"), ("  Spaced   out  ", "Spaced out"),
    ])
    func truncatesLongNamesWithAnEllipsis(raw: String, shown: String) {
        #expect(CircleOfTrustText.truncated(raw) == shown)
    }

    @Test(arguments: [
        ("Sam Okafor", ["Sam Okafor"]), ("Ouse Valley Recovery Service", ["Ouse Valley", "Recovery Service"]),
        ("Cambridge Housing and Support Partnership", ["Cambridge Housing", "and Support Partn…"]),
        ("Supercalifragilisticexpialidocious Ltd", ["Supercalifragilis…", "Ltd"]), ("  Spaced   out  ", ["Spaced out"]),
    ])
    func wrapsLongNamesOntoTwoLinesBetweenWords(raw: String, lines: [String]) {
        #expect(CircleOfTrustText.wrapped(raw) == lines)
    }

    @Test(arguments: [(1.0, "1"), (-2.25, "-2.3"), (0.04, "0"), (123.45, "123.5"), (-0.5, "-0.5")])
    func writesNumbersWithOneDecimalPlace(value: Double, text: String) {
        #expect(CircleOfTrustText.number(value) == text)
    }

    @Test func readsDisplayAndISODatesForSorting() {
        #expect(CircleOfTrustText.sortKey(forDate: "3 Mar 2026") == 20_260_303)
        #expect(CircleOfTrustText.sortKey(forDate: "2026-03-03") == 20_260_303)
        #expect(CircleOfTrustText.sortKey(forDate: "someday") == nil)
    }
}
