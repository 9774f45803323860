import Domain
import Foundation
import HTTP

/// Runs one command line to its exit status: 0 on success, 1 with a one-line reason on
/// standard error, 2 for a usage error (REPORTS.md, "Command line").
public enum CommandRunner {
    public static func run(_ arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> Int32 {
        let options: CommandLineOptions
        let configuration: AppConfiguration
        do {
            options = try CommandLineOptions.parse(arguments)
            if options.command == .help {
                print(CommandLineOptions.usage)
                return 0
            }
            guard let root = ProjectRoot.locate(environment: environment) else {
                fail("cannot find the Templates, Public and migrations folders; run from the project folder or set TP_ROOT")
                return 1
            }
            configuration = try AppConfiguration.resolve(options, environment: environment, rootDirectory: root)
        } catch {
            fail("\(String(describing: error))\n\(CommandLineOptions.usage)")
            return 2
        }
        if case .importFile(let kind, _, _) = options.command, ImportKind(rawValue: kind) == nil {
            fail("unknown import KIND \(kind); use one of " + ImportKind.allCases.map(\.rawValue).joined(separator: ", "))
            return 2
        }
        if case .report(let quarter, _, _) = options.command, (try? ReportQuarter(parsing: quarter)) == nil {
            fail("--quarter must look like 2024Q3, not \(quarter)")
            return 2
        }
        do {
            try execute(options.command, configuration)
            return 0
        } catch {
            fail(String(describing: error))
            return 1
        }
    }

    private static func execute(_ command: CommandLineOptions.Command, _ configuration: AppConfiguration) throws {
        let app = try Application(configuration: configuration, startUp: command == .serve ? .eager : .onDemand)
        switch command {
        case .migrate:
            print(app.appliedMigrations.isEmpty
                ? "No pending migrations."
                : app.appliedMigrations.map { "Applied \($0)" }.joined(separator: "\n"))
        case .backup(let file, let force):
            let copies = try app.backup(to: file, replacing: force)
            print("Backed up \(configuration.databasePath) to \(copies[0]) and its access log to \(copies[1])")
        case .demo:
            for line in try DemoData.load(app.services, now: Date()) { print(line) }
        case .serve:
            try serve(app)
        case .report(let quarter, let format, let suppressBelow):
            try ReportCommand.write(app, quarter: try ReportQuarter(parsing: quarter), format: format, suppressBelow: suppressBelow)
        case .importFile(let kind, let file, let dryRun):
            try ImportCommand.run(app, kind: ImportKind(rawValue: kind) ?? .people, file: file, dryRun: dryRun)
        case .exportPerson(let reference, let format, let reason):
            FileHandle.standardOutput.write(Data(try ExportPersonCommand.output(app, reference: reference, format: format, reason: reason, now: Date()).utf8))
        case .retention(let dryRun):
            for line in try RetentionCommand.run(app, dryRun: dryRun, now: Date()) { print(line) }
        case .help:
            break
        }
    }

    private static func serve(_ app: Application) throws {
        MemoryArenas.limit()
        let httpServer = HTTPServer(configuration: app.serverConfiguration, responder: app.responder)
        try httpServer.start()
        var shown = app.configuration
        shown.port = httpServer.port
        say("Trusted Person is running at \(shown.baseURL) (database \(app.configuration.databasePath)). Press Ctrl-C to stop.")
        if let link = try app.firstRunLink(port: httpServer.port) {
            say("No accounts yet. Open this one-time link to create the first manager account (valid for 24 hours):\n  \(link)")
        }
        try httpServer.runUntilSignal()
        say("Stopped.")
    }

    /// Prints a line at once (standard output is block-buffered when it is not a terminal).
    private static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    private static func fail(_ message: String) {
        FileHandle.standardError.write(Data("trusted-person: \(message)\n".utf8))
    }
}
