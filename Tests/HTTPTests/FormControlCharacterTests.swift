import HTTP
import Testing

@Suite("Control characters in form data")
struct FormControlCharacterTests {
    @Test(arguments: ["a=x%00y", "a=%01", "a=%1B%5B31m", "a=%0C", "a=%7F%00", "n%00ame=v", "a=\u{1}"])
    func spotsC0ControlCharactersInNamesAndValues(_ encoded: String) {
        #expect(FormData(urlEncoded: encoded).containsControlCharacters)
    }

    @Test(arguments: ["a=line%0D%0Abreak", "a=tab%09here", "a=plain+text", "a=%C3%A9t%C3%A9", "a=%7F", "", "a=%2"])
    func allowsTabCarriageReturnLineFeedAndOrdinaryText(_ encoded: String) {
        #expect(!FormData(urlEncoded: encoded).containsControlCharacters)
    }

    @Test func checksPlainStrings() {
        #expect(FormData.containsControlCharacters("nul\u{0}"))
        #expect(FormData.containsControlCharacters("\u{1F}"))
        #expect(!FormData.containsControlCharacters("tab\tcr\rlf\n"))
        #expect(!FormData.containsControlCharacters("emoji 🙂 and é"))
    }
}
