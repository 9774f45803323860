import Domain
import Testing

@Suite struct ImportTableTests {
    typealias F = ImportFixtures

    @Test func readsRecordsAlreadyParsed() throws {
        let records = try CSVParser.parse("key,name,kind,paid\ntp-1,Alex,person,paid\n")
        let (rows, errors) = ImportTable.read(kind: .trustedPeople, records: records, file: "t.csv", today: F.today)
        #expect(errors.isEmpty)
        #expect(rows.map(\.line) == [2])
    }

    @Test func reportsRowsOnThePhysicalLineTheyStartOn() {
        let text = "key,name,kind,paid\ntp-1,\"Alex\nof the\nday centre\",service,paid\ntp-2,Bo,robot,paid\n"
        #expect(F.read(.trustedPeople, text).errors == ["in.csv:5: kind: Use one of: person, service; not \"robot\"."])
    }

    @Test func trimsCellsBeforeReadingThem() throws {
        let (rows, errors) = F.read(.trustedPeople, "key,name,kind,paid\n tp-1 , Alex ,\" person \", PAID\n")
        #expect(errors == ["in.csv:2: paid: Use one of: paid, volunteer; not \"PAID\"."])
        #expect(rows.isEmpty)
        let (trimmed, none) = F.read(.trustedPeople, "key,name,kind,paid\n tp-1 , Alex ,\" person \", paid\n")
        #expect(none.isEmpty)
        #expect(trimmed.map(\.key) == [.trustedKey("tp-1")])
    }

    @Test func skipsRowsOfEmptyCells() {
        let (rows, errors) = F.read(.trustedPeople, "key,name,kind,paid\ntp-1,Alex,person,paid\n,,,\n , ,\n")
        #expect(errors.isEmpty)
        #expect(rows.count == 1)
    }

    @Test func reportsEveryInvalidRowNotJustTheFirst() {
        let sample = F.sample(.barriers)
        let rows = [sample.merging(["category": "x"]) { $1 }, sample.merging(["ref": "B-2"]) { $1 }, ["ref": "B-3"]]
        let errors = F.read(.barriers, F.csv(.barriers, rows)).errors
        #expect(errors.map { $0.prefix(9) } == ["in.csv:2:", "in.csv:4:", "in.csv:4:", "in.csv:4:", "in.csv:4:"])
    }

    @Test func readsALargeGeneratedFile() {
        let sample = F.sample(.star)
        var rows: [[String: String]] = []
        for index in 0..<5000 {
            let day = CalendarDate(iso: "2020-01-01")!.adding(days: index % 1500)
            rows.append(sample.merging(["person_ref": "CF-\(index / 1500)", "assessed_on": day.iso]) { $1 })
        }
        rows.append(sample.merging(["money": "11"]) { $1 })
        let (read, errors) = F.read(.star, F.csv(.star, rows))
        #expect(read.count == 5000)
        #expect(Set(read.map(\.key)).count == 5000)
        #expect(
            errors == [
                "in.csv:5002: money: 11 is out of range: score managing money and personal administration from 1 to 10."
            ])
    }
}
