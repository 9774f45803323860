import Domain
import Testing

@Suite struct ImportHeaderTests {
    typealias F = ImportFixtures

    @Test func acceptsColumnsInAnyOrderAndCase() throws {
        let text = "paid,Name, KIND ,key\nvolunteer,Alex,service,tp-1\n"
        let (rows, errors) = F.read(.trustedPeople, text)
        #expect(errors.isEmpty)
        guard case .trustedPerson(let row) = try #require(rows.first) else {
            Issue.record("not a trusted person")
            return
        }
        #expect(row.trustedKey == "tp-1")
        #expect(row.kind == .service)
        #expect(row.organisation == nil)
    }

    @Test func allowsOptionalColumnsToBeLeftOut() {
        #expect(F.read(.trustedPeople, "key,name,kind,paid\ntp-1,Alex,person,paid\n").errors.isEmpty)
    }

    @Test func reportsEachMissingRequiredColumnOnLineOne() {
        #expect(
            F.read(.trustedPeople, "key,name\ntp-1,Alex\n").errors == [
                "in.csv:1: kind: This column is required in trusted-people files, but the header does not name it.",
                "in.csv:1: paid: This column is required in trusted-people files, but the header does not name it.",
            ])
    }

    @Test func rejectsAnExtraColumn() {
        #expect(
            F.read(.trustedPeople, "key,name,kind,paid,shoe_size\ntp-1,Alex,person,paid,9\n").errors == [
                "in.csv:1: shoe_size: There is no such column in trusted-people files (extra columns are an error)."
            ])
    }

    @Test func rejectsADuplicateAndAnUnnamedColumn() {
        #expect(
            F.read(.trustedPeople, "key,name,kind,paid,name,\n").errors == [
                "in.csv:1: name: The column appears more than once in the header.",
                "in.csv:1: column 6: The header has an empty name here: name the column or remove it.",
            ])
    }

    @Test func rejectsAnEmptyFile() {
        #expect(F.read(.people, "").errors == ["in.csv:1: header: The file is empty: it needs a header row."])
    }

    @Test func acceptsAHeaderWithNoRows() {
        let result = F.read(.trustedPeople, "key,name,kind,paid\n")
        #expect(result.rows.isEmpty)
        #expect(result.errors.isEmpty)
    }

    @Test func rejectsRowsWithTooFewOrTooManyCells() {
        #expect(
            F.read(.trustedPeople, "key,name,kind,paid\ntp-1,Alex\ntp-2,Bo,person,paid,extra\n").errors == [
                "in.csv:2: kind: The row has 2 cells but the header names 4 columns.",
                "in.csv:3: column 5: The row has 5 cells but the header names 4 columns.",
            ])
    }

    @Test func reportsACSVErrorUnderTheColumnItIsIn() {
        #expect(
            F.read(.trustedPeople, "key,name,kind,paid\ntp-1,Al\"ex,person,paid\n").errors == [
                "in.csv:2: name: A quote (\") inside an unquoted value: put the whole value in quotes and double the quote (\"\")."
            ])
        #expect(
            F.read(.trustedPeople, "key,\"name\nkind,paid\n").errors == [
                "in.csv:1: column 2: A quoted value is never closed: add the closing quote (\")."
            ])
    }

    @Test func readsAFileWithAByteOrderMarkAndCRLFs() {
        let bytes: [UInt8] =
            [0xEF, 0xBB, 0xBF] + Array("key,name,kind,paid\r\ntp-1,\"Alex\r\nSmith\",person,paid\r\n".utf8)
        let (rows, errors) = ImportTable.read(kind: .trustedPeople, bytes: bytes, file: "t.csv", today: F.today)
        #expect(errors.isEmpty)
        #expect(rows.map(\.key) == [.trustedKey("tp-1")])
    }
}
