import Domain
import Testing

@Suite struct ImportValuesTests {
    @Test(arguments: ["yes", "Yes", "Y", "TRUE", "true", "1"]) func readsYes(text: String) {
        #expect(ImportValues.yesNo(text) == true)
    }

    @Test(arguments: ["no", "NO", "n", "False", "0"]) func readsNo(text: String) {
        #expect(ImportValues.yesNo(text) == false)
    }

    @Test(arguments: ["", "maybe", "t", "01", "oui"]) func readsNothingElse(text: String) {
        #expect(ImportValues.yesNo(text) == nil)
    }

    @Test func splitsAListOnSemicolons() {
        #expect(ImportValues.list(" Mind ;;Jimmy's, Cambridge; ") == ["Mind", "Jimmy's, Cambridge"])
        #expect(ImportValues.list("").isEmpty)
    }

    @Test func acceptsKeysWithoutControlCharacters() {
        #expect(ImportValues.isWellFormedKey("alex.smith@example.org"))
        #expect(!ImportValues.isWellFormedKey(""))
        #expect(!ImportValues.isWellFormedKey("a\tb"))
        #expect(!ImportValues.isWellFormedKey(String(repeating: "k", count: 101)))
    }

    @Test func printsAnErrorInTheContractsForm() {
        let error = ImportError(
            file: "people.csv", line: 7, column: "district", reason: "Choose the district the person lives in.")
        #expect(error.description == "people.csv:7: district: Choose the district the person lives in.")
    }
}
