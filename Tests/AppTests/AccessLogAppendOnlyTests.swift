import Foundation
import SQLite
import Testing
@testable import App

/// The access log is append-only in its own database, not just by habit in the code: the
/// database itself refuses to change or remove an entry (migrations/access-log).
@Suite struct AccessLogAppendOnlyTests {
    /// The one entry written, as stored.
    func stored(_ test: TestApp) throws -> [String] {
        try test.app.services.accessLog.pool.read { db in
            try db.query("SELECT id, user_id, individual_id, categories, action, reason FROM access_log ORDER BY id").map { row in
                let userID: Int64? = try row.get("user_id")
                let individualID: Int64? = try row.get("individual_id")
                let fields: [String] = [
                    String(try row.get("id") as Int64), userID.map(String.init) ?? "-", individualID.map(String.init) ?? "-",
                    try row.get("categories"), try row.get("action"), try row.get("reason"),
                ]
                return fields.joined(separator: "|")
            }
        }
    }

    @Test func theLogDatabaseRefusesUpdateAndDeleteAndKeepsTheEntry() throws {
        let test = try TestApp()
        try test.app.services.personalData.log.record(
            AccessLogEntry(at: test.now, userID: 7, individualID: 42, categories: "story", action: "view", reason: "Opened the record page"))
        let before = try stored(test)
        #expect(before == ["1|7|42|story|view|Opened the record page"])
        let pool = test.app.services.accessLog.pool
        let update = #expect(throws: SQLiteError.self) {
            try pool.write { db in try db.execute("UPDATE access_log SET reason = 'nothing to see', user_id = NULL") }
        }
        #expect(update?.message.contains("append-only") == true)
        let delete = #expect(throws: SQLiteError.self) {
            try pool.write { db in try db.execute("DELETE FROM access_log") }
        }
        #expect(delete?.message.contains("append-only") == true)
        #expect(try stored(test) == before)
    }

    @Test func appendingStillWorks() throws {
        let test = try TestApp()
        let entries = (1...3).map { AccessLogEntry(at: test.now, userID: nil, individualID: Int64($0), categories: "", action: "list", reason: "test") }
        try test.app.services.personalData.log.record(entries)
        #expect(try test.countLog("SELECT count(*) FROM access_log") == 3)
    }
}
