import Domain
import Testing

@Suite struct CSVParserTests {
    static func parse(_ text: String) throws(CSVError) -> [[String]] {
        try CSVParser.parse(Array(text.utf8)).map(\.fields)
    }

    static func lines(_ text: String) throws(CSVError) -> [Int] { try CSVParser.parse(Array(text.utf8)).map(\.line) }

    static func error(_ bytes: [UInt8]) -> CSVError? {
        do {
            _ = try CSVParser.parse(bytes)
            return nil
        } catch { return error }
    }

    @Test func readsPlainFieldsWithLineFeeds() throws {
        #expect(try Self.parse("a,b,c\n1,2,3\n") == [["a", "b", "c"], ["1", "2", "3"]])
    }

    @Test func readsCRLFRecordEnds() throws {
        #expect(try Self.parse("a,b\r\n1,2\r\n") == [["a", "b"], ["1", "2"]])
        #expect(try Self.lines("a,b\r\n1,2\r\n3,4") == [1, 2, 3])
    }

    @Test func acceptsALastLineWithoutALineEnd() throws {
        #expect(try Self.parse("a,b\n1,2") == [["a", "b"], ["1", "2"]])
    }

    @Test func keepsEmptyFieldsIncludingTrailingOnes() throws {
        #expect(try Self.parse(",a,,\n,,,") == [["", "a", "", ""], ["", "", "", ""]])
        #expect(try Self.parse("a,\"\",b") == [["a", "", "b"]])
    }

    @Test func readsQuotedFieldsWithDoubledQuotesAndCommas() throws {
        #expect(try Self.parse("\"a, b\",\"say \"\"hi\"\"\",\"\"\"\"") == [["a, b", "say \"hi\"", "\""]])
    }

    @Test(arguments: ["\n", "\r\n", "\r"]) func keepsLineBreaksInsideQuotes(newline: String) throws {
        let text = "h1,h2\r\n\"one\(newline)two\(newline)three\",x\r\nnext,y\r\n"
        let records = try CSVParser.parse(Array(text.utf8))
        #expect(records.map(\.fields) == [["h1", "h2"], ["one\(newline)two\(newline)three", "x"], ["next", "y"]])
        #expect(records.map(\.line) == [1, 2, 5])
    }

    @Test func skipsAByteOrderMark() throws {
        #expect(
            try CSVParser.parse([0xEF, 0xBB, 0xBF] + Array("ref\nCF-1\n".utf8)).map(\.fields) == [["ref"], ["CF-1"]])
    }

    @Test func skipsBlankLinesButCountsThem() throws {
        let records = try CSVParser.parse(Array("a\n\n\r\nb\n\n".utf8))
        #expect(records.map(\.fields) == [["a"], ["b"]])
        #expect(records.map(\.line) == [1, 4])
    }

    @Test func readsNothingFromAnEmptyInput() throws {
        #expect(try Self.parse("").isEmpty)
        #expect(try CSVParser.parse([0xEF, 0xBB, 0xBF]).isEmpty)
    }

    @Test func readsMultibyteUTF8() throws {
        #expect(try Self.parse("Zoë,\"Café, Ely\",🙂") == [["Zoë", "Café, Ely", "🙂"]])
    }

    @Test func readsAString() throws { #expect(try CSVParser.parse("a,b\n").map(\.fields) == [["a", "b"]]) }

    @Test func reportsAnUnterminatedQuoteOnTheLineItOpened() {
        #expect(
            Self.error(Array("a,b\n1,\"open\nstill open\n".utf8)) == CSVError(.unterminatedQuote, line: 2, field: 2))
    }

    @Test func reportsAQuoteInsideAnUnquotedField() {
        #expect(Self.error(Array("a,b\n1,2\nab\"c,3\n".utf8)) == CSVError(.quoteInUnquotedField, line: 3, field: 1))
    }

    @Test func reportsTextAfterAClosingQuote() {
        let error = Self.error(Array("a,b\n\"x\ny\"z,1\n".utf8))
        #expect(error == CSVError(.characterAfterClosingQuote, line: 3, field: 1))
    }

    @Test func reportsInvalidUTF8OnTheLineOfTheBadByte() {
        #expect(
            Self.error(Array("a,b\n1,".utf8) + [0xFF] + Array("\n".utf8)) == CSVError(.invalidUTF8, line: 2, field: 2))
        let quoted = Array("a\n\"one\r\ntwo \"\" ".utf8) + [0xC3, 0x28] + Array("\"\n".utf8)
        #expect(Self.error(quoted) == CSVError(.invalidUTF8, line: 3, field: 1))
    }

    @Test func describesAnErrorWithItsPlace() {
        #expect(
            CSVError(.unterminatedQuote, line: 4, field: 2).description
                == "line 4, field 2: A quoted value is never closed: add the closing quote (\").")
    }

    @Test func parsesALargeFileCorrectly() throws {
        var text = "ref,name,note,a,b,c,d,e,f,g,h,i\r\n"
        for row in 0..<20_000 {
            text += "CF-\(row),Person \(row),\"says \"\"hi\"\",\nthen leaves\",1,2,3,4,yes,no,,x,\(row)\r\n"
        }
        let records = try CSVParser.parse(Array(text.utf8))
        #expect(records.count == 20_001)
        #expect(records.allSatisfy { $0.fields.count == 12 })
        #expect(
            records[20_000].fields == [
                "CF-19999", "Person 19999", "says \"hi\",\nthen leaves", "1", "2", "3", "4", "yes", "no", "", "x",
                "19999",
            ])
        #expect(records[20_000].line == 40_000)
    }
}
