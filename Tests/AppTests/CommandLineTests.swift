import Foundation
import Hashing
import Testing
@testable import App

@Suite struct CommandLineTests {
    @Test func noArgumentsMeansServe() throws {
        #expect(try CommandLineOptions.parse([]).command == .serve)
    }

    @Test func readsEveryFlag() throws {
        let options = try CommandLineOptions.parse(["serve", "--host", "0.0.0.0", "--port", "9000", "--db", "/tmp/x.sqlite"])
        #expect(options.command == .serve)
        #expect(options.host == "0.0.0.0")
        #expect(options.port == 9000)
        #expect(options.databasePath == "/tmp/x.sqlite")
        #expect(try CommandLineOptions.parse(["backup", "copy.sqlite", "--db", "live.sqlite"]).command == .backup(file: "copy.sqlite"))
        #expect(try CommandLineOptions.parse(["migrate"]).command == .migrate)
        #expect(try CommandLineOptions.parse(["demo"]).command == .demo)
        #expect(try CommandLineOptions.parse(["--help"]).command == .help)
    }

    @Test(arguments: [["frobnicate"], ["--port"], ["--port", "http"], ["--port", "70000"], ["backup"], ["backup", "a", "b"], ["--verbose"], ["migrate", "--port", "1"], ["serve", "extra"]])
    func rejectsBadCommandLines(arguments: [String]) {
        #expect(throws: CommandLineOptions.UsageError.self) { try CommandLineOptions.parse(arguments) }
    }

    @Test func usageErrorsExitWithStatusTwo() {
        #expect(CommandRunner.run(["frobnicate"], environment: ["TP_ROOT": TestApp.rootDirectory]) == 2)
        #expect(CommandRunner.run(["migrate"], environment: ["TP_ROOT": TestApp.rootDirectory, "TP_PORT": "x"]) == 2)
    }

    @Test func flagsWinOverTheEnvironment() throws {
        let options = try CommandLineOptions.parse(["--port", "9000"])
        let configuration = try AppConfiguration.resolve(
            options, environment: ["TP_PORT": "7000", "TP_HOST": "0.0.0.0", "TP_DB": "/x.sqlite", "TP_SECURE_COOKIES": "true", "TP_TRUST_PROXY": "1"],
            rootDirectory: "/")
        #expect(configuration.port == 9000)
        #expect(configuration.host == "0.0.0.0")
        #expect(configuration.databasePath == "/x.sqlite")
        #expect(configuration.secureCookies)
        #expect(configuration.trustProxy)
        #expect(throws: CommandLineOptions.UsageError.self) {
            try AppConfiguration.resolve(CommandLineOptions(), environment: ["TP_SECURE_COOKIES": "maybe"], rootDirectory: "/")
        }
    }

    @Test func migrateCreatesTheDatabaseAndBackupCopiesIt() throws {
        let directory = NSTemporaryDirectory() + "tp-cli-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let environment = ["TP_ROOT": TestApp.rootDirectory]
        let database = directory + "/nested/live.sqlite"
        #expect(CommandRunner.run(["migrate", "--db", database], environment: environment) == 0)
        #expect(FileManager.default.fileExists(atPath: database))
        #expect(CommandRunner.run(["backup", directory + "/copy.sqlite", "--db", database], environment: environment) == 0)
        #expect(FileManager.default.fileExists(atPath: directory + "/copy.sqlite"))
        #expect(CommandRunner.run(["backup", database + "/x/copy.sqlite", "--db", database], environment: environment) == 1)
    }

    /// A client whose authenticator holds the secret the demo printed for `email`.
    static func demoClient(_ test: TestApp, _ lines: [String], _ email: String) throws -> TestClient {
        let line = try #require(lines.first { $0.contains(email) })
        let secret = try #require(line.components(separatedBy: "secret: ").last?.split(separator: " ").first.map(String.init))
        let client = test.client()
        client.secondFactorCode = { _ in TOTP(secret: Base32.decode(secret)!).code(at: Int64(test.now.timeIntervalSince1970)) }
        return client
    }

    @Test func demoEnrolsEveryAccountInTwoFactorSignIn() throws {
        let test = try TestApp()
        let lines = try DemoData.load(test.app.services, now: test.now)
        #expect(try test.count("SELECT count(*) FROM second_factors WHERE confirmed_at IS NOT NULL") == DemoData.accounts.count)
        #expect(try test.count("SELECT count(*) FROM recovery_codes") == DemoData.accounts.count * 10)
        for account in DemoData.accounts {
            let line = try #require(lines.first { $0.contains(account.email) })
            let secret = line.components(separatedBy: "secret: ").last?.split(separator: " ").first ?? ""
            #expect(secret.count == 32 && Base32.decode(String(secret))?.count == 20)
            #expect(line.contains("  password: "))
        }
        let manager = test.client()
        #expect(try manager.signIn("manager@demo.example.org", String(lines.first { $0.contains("manager@") }!.split(separator: " ").last!), enterCode: false).location == "/sign-in/code")
    }

    @Test func demoFillsAnEmptyDatabaseOnlyOnce() throws {
        let test = try TestApp()
        let lines = try DemoData.load(test.app.services, now: test.now)
        #expect(lines.contains { $0.contains("manager@demo.example.org") })
        #expect(try test.count("SELECT count(*) FROM users") == DemoData.accounts.count)
        #expect(try test.count("SELECT count(*) FROM individuals") == DemoCohort.size)
        #expect(try test.count("SELECT count(DISTINCT district) FROM individuals") == 6)
        #expect(try test.count("SELECT count(*) FROM handovers WHERE stage = 'completed'") >= 3)
        #expect(try test.count("SELECT count(*) FROM trust_links WHERE role = 'interim' AND status = 'active'") >= 3)
        #expect(try test.count("SELECT count(*) FROM unsafe_markings") >= 1)
        #expect(try test.count("SELECT count(*) FROM trust_links WHERE introduced_by IS NOT NULL") >= 30)
        #expect(try test.count("SELECT count(*) FROM individuals WHERE status = 'closed'") >= 1)
        #expect(try test.count("SELECT count(DISTINCT status) FROM barriers") >= 4)
        #expect(try test.pool.integrityCheck())
        #expect(throws: DemoData.DemoError.self) { try DemoData.load(test.app.services, now: test.now) }
        let password = try #require(lines.first { $0.contains("coordinator@demo.example.org") }?.split(separator: " ").last)
        let coordinator = try Self.demoClient(test, lines, "coordinator@demo.example.org")
        #expect(try coordinator.signIn("coordinator@demo.example.org", String(password)).status == 303)
        #expect(try coordinator.get("/caseload").contains("of \(DemoCohort.size)"))
        let trustedPassword = try #require(lines.first { $0.contains("trusted@demo.example.org") }?.split(separator: " ").last)
        let trusted = try Self.demoClient(test, lines, "trusted@demo.example.org")
        try trusted.signIn("trusted@demo.example.org", String(trustedPassword))
        #expect(try trusted.get("/alongside").contains("href=\"/people/"))
        let individualPassword = try #require(lines.first { $0.contains("individual@demo.example.org") }?.split(separator: " ").last)
        let individual = try Self.demoClient(test, lines, "individual@demo.example.org")
        try individual.signIn("individual@demo.example.org", String(individualPassword))
        #expect(try individual.get("/me/circle").status == 200)
        #expect(try individual.get("/me/progress").contains("of 10:"))
    }
}

@Suite struct TemplateTests {
    @Test func everyTemplateParsesAtStartUp() throws {
        let test = try TestApp()
        let names = try test.app.services.renderer.templates.templateNames
        for expected in ["layout", "sign-in", "setup", "welcome", "error", "home", "admin/users", "admin/user-edit"] {
            #expect(names.contains(expected))
        }
    }

    @Test func aSignedInPageEscapesWhatPeopleTyped() throws {
        let test = try TestApp()
        try test.createUser("x@example.org", roles: [.coordinator], name: "<script>alert(1)</script>")
        let client = test.client()
        try client.signIn("x@example.org", TestApp.password)
        let page = try client.get("/")
        #expect(!page.contains("<script>"))
        #expect(page.contains("&lt;script&gt;"))
    }
}
