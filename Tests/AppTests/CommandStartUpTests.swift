import Foundation
import Testing
@testable import App

/// A command reads the templates and the list of common passwords only when it uses them:
/// the quarterly report's CSV needs neither, so it starts without them. The server still
/// reads both at start-up and stops there when they are missing.
@Suite struct CommandStartUpTests {
    /// A project folder with the real migrations and Public files, but no templates and no
    /// list of common passwords.
    private static func rootWithoutTemplates() throws -> String {
        let root = NSTemporaryDirectory() + "tp-startup-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for folder in ["migrations", "Public"] {
            try FileManager.default.createSymbolicLink(atPath: root + "/" + folder, withDestinationPath: TestApp.rootDirectory + "/" + folder)
        }
        return root
    }

    @Test func theReportCommandNeedsNeitherTemplatesNorCommonPasswords() throws {
        let root = try Self.rootWithoutTemplates()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let database = root + "/data/db.sqlite"
        #expect(CommandRunner.run(["report", "--quarter", "2025Q1", "--db", database], environment: ["TP_ROOT": root]) == 0)
    }

    @Test func onDemandLoadsWhenFirstUsedAndEagerStopsAtStartUp() throws {
        let root = try Self.rootWithoutTemplates()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var configuration = AppConfiguration(rootDirectory: root)
        configuration.databasePath = root + "/data/db.sqlite"
        configuration.passwordIterations = TestApp.iterations
        #expect(throws: (any Error).self) { try Application(configuration: configuration, startUp: .eager) }
        let app = try Application(configuration: configuration, startUp: .onDemand)
        #expect(throws: (any Error).self) { try app.services.renderer.templates }
        #expect(throws: (any Error).self) { try app.services.commonPasswords }
    }

    @Test func onDemandReadsTheRealFilesWhenAsked() throws {
        var configuration = AppConfiguration(rootDirectory: TestApp.rootDirectory)
        let directory = NSTemporaryDirectory() + "tp-startup-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: directory) }
        configuration.databasePath = directory + "/db.sqlite"
        configuration.passwordIterations = TestApp.iterations
        let app = try Application(configuration: configuration, startUp: .onDemand)
        #expect(try app.services.commonPasswords.contains("password1234"))
        #expect(try app.services.renderer.templates.templateNames.contains("layout"))
    }
}
