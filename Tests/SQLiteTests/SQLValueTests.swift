import Foundation
import SQLite
import Testing

@Suite struct SQLValueTests {
    @Test(arguments: [
        (SQLValue.null, "NULL"),
        (.integer(-42), "INTEGER"),
        (.integer(Int64.max), "INTEGER"),
        (.real(3.25), "REAL"),
        (.text(""), "TEXT"),
        (.text("Zoë 🌿 \u{0}after-nul"), "TEXT"),
        (.blob([]), "BLOB"),
        (.blob([0, 1, 254, 255]), "BLOB"),
    ])
    func storesEveryStorageClassUnchanged(value: SQLValue, storageClass: String) throws {
        let db = try Database.withItems()
        try db.execute("INSERT INTO item (value) VALUES (?)", value)
        let row = try #require(try db.queryOne("SELECT value, typeof(value) AS type FROM item"))
        #expect(row["value"] == value)
        #expect(row["type"] == .text(storageClass.lowercased()))
        #expect(value.storageClass == storageClass)
    }

    @Test func bindsAndReadsEverySwiftType() throws {
        let db = try Database.inMemory()
        let row = try #require(
            try db.queryOne(
                "SELECT ? AS int, ? AS int64, ? AS double, ? AS string, ? AS yes, ? AS no, ? AS bytes",
                42, Int64(1) << 40, 2.5, "hello", true, false, [UInt8]([9, 8, 7])
            )
        )
        #expect(try row.get("int") as Int == 42)
        #expect(try row.get("int64") as Int64 == 1 << 40)
        #expect(try row.get("double") as Double == 2.5)
        #expect(try row.get("string") as String == "hello")
        #expect(try row.get("yes") as Bool == true)
        #expect(try row.get("no") as Bool == false)
        #expect(try row.get("bytes") as [UInt8] == [9, 8, 7])
        #expect(row["yes"] == .integer(1))
    }

    @Test func nilAndOptionalsBindAsNullAndReadBackAsNil() throws {
        let db = try Database.inMemory()
        let missing: String? = nil
        let present: String? = "here"
        let row = try #require(try db.queryOne("SELECT ? AS a, ? AS b, ? AS c", nil, missing, present))
        #expect(row["a"] == .null)
        #expect(row["b"] == .null)
        #expect(try row.get("a") as String? == nil)
        #expect(try row.get("c") as String? == "here")
        #expect(try row.get("a") as Int? == nil)
    }

    @Test func datesRoundTripAsISO8601TextWithMilliseconds() throws {
        let db = try Database.inMemory()
        let date = Date(timeIntervalSince1970: 1_795_367_356.123)
        let text: String? = try db.scalar("SELECT ?", date)
        #expect(text == "2026-11-22T17:09:16.123Z")
        let back: Date? = try db.scalar("SELECT ?", date)
        #expect(abs(try #require(back).timeIntervalSince(date)) < 0.001)
        let whole: Date? = try db.scalar("SELECT '2026-11-22T17:09:16Z'")
        #expect(whole == Date(timeIntervalSince1970: 1_795_367_356))
        let beforeEpoch: String? = try db.scalar("SELECT ?", Date(timeIntervalSince1970: -0.5))
        #expect(beforeEpoch == "1969-12-31T23:59:59.500Z")
    }

    /// The stored shape is read by hand (speed); it must give what Foundation's parser gives, to
    /// well under a millisecond, and read back to the same stored text, before and after 1970.
    @Test func storedDatesReadByHandAgreeWithFoundation() throws {
        let db = try Database.inMemory()
        let foundation = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let milliseconds = Int64.random(in: -2_000_000_000_000...4_000_000_000_000, using: &generator)
            let text: String = try #require(try db.scalar("SELECT ?", Date(timeIntervalSince1970: Double(milliseconds) / 1000)))
            let read: Date = try #require(try db.scalar("SELECT ?", text))
            #expect(abs(read.timeIntervalSince(try foundation.parse(text))) < 0.000_001, "\(text)")
            #expect(try db.scalar("SELECT ?", read) as String? == text)
        }
        let leap: Date? = try db.scalar("SELECT '2024-02-29T23:59:59.999Z'")
        #expect(leap == Date(timeIntervalSince1970: 1_709_251_199.999))
        let notADate: Date? = try? db.scalar("SELECT '2024-02-29T23:59:5x.999Z'")
        #expect(notADate == nil)
    }

    @Test func wholeNumbersReadAsDouble() throws {
        let db = try Database.inMemory()
        #expect(try db.scalar("SELECT 3") as Double? == 3)
    }

    @Test func readingTheWrongTypeThrowsAMismatchWithoutTheValue() throws {
        let db = try Database.inMemory()
        let row = try #require(try db.queryOne("SELECT ? AS name, NULL AS gone", "secret-text"))
        let error = #expect(throws: SQLiteError.self) { try row.get("name") as Int }
        #expect(error?.isMismatch == true)
        #expect(error?.description.contains("name") == true)
        #expect(error?.description.contains("secret-text") == false)
        #expect(throws: SQLiteError.self) { try row.get("gone") as String }
        #expect(throws: SQLiteError.self) { try row.get("name") as Date }
        #expect(throws: SQLiteError.self) { try row.get("nonexistent") as String? }
        #expect(throws: SQLiteError.self) { try row.get("name") as Int? }
    }

    @Test func columnsAreFoundByNameIgnoringCaseOrByIndex() throws {
        let row = Row(columnNames: ["Name", "age"], values: [.text("Ada"), .integer(36)])
        #expect(row["name"] == .text("Ada"))
        #expect(row[1] == .integer(36))
        #expect(row[7] == .null)
        #expect(try row.get(1) as Int == 36)
    }
}
