import HTTP
import Testing
@testable import App

@Suite("GET /healthz")
struct HealthCheckTests {
    @Test func answersOKWithoutSigningInAndNamesNoOne() throws {
        let test = try TestApp()
        try test.createUser("ada.lovelace@example.org", roles: [.coordinator], name: "Ada Lovelace")
        let response = try test.client().get("/healthz")
        #expect(response.status == 200)
        #expect(response.body == #"{"status":"ok"}"#)
        #expect(response.headers["Content-Type"] == "application/json")
        #expect(response.headers["Cache-Control"] == "no-store")
        #expect(!response.contains("Ada"))
    }

    @Test func answers503WhenTheDatabaseCannotAnswer() throws {
        let test = try TestApp()
        try test.pool.write { db in try db.execute("ALTER TABLE schema_migrations RENAME TO schema_migrations_gone") }
        let response = try test.client().get("/healthz")
        #expect(response.status == 503)
        #expect(response.body == #"{"status":"unavailable"}"#)
    }

    @Test func answers503WhenTheAccessLogCannotAnswer() throws {
        let test = try TestApp()
        try test.app.services.accessLog.pool.write { db in
            try db.execute("ALTER TABLE schema_migrations RENAME TO schema_migrations_gone")
        }
        #expect(try test.client().get("/healthz").status == 503)
    }

    @Test func isLeftOutOfTheServersRequestLog() throws {
        let test = try TestApp()
        #expect(test.app.serverConfiguration.unloggedPaths == ["/healthz"])
        #expect(Route.health.access == .anyone)
    }
}
