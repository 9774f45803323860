/// A command line parsed into what to do (REPORTS.md, "Command line").
public struct CommandLineOptions: Equatable, Sendable {
    /// The commands `trusted-person` knows.
    public enum Command: Equatable, Sendable {
        case serve
        case migrate
        case backup(file: String, force: Bool = false)
        case demo
        case report(quarter: String, format: ReportFormat, suppressBelow: Int?)
        case importFile(kind: String, file: String, dryRun: Bool)
        case exportPerson(reference: String, format: ExportFormat, reason: String?)
        case retention(dryRun: Bool)
        case help
    }

    /// How `report` writes the report.
    public enum ReportFormat: String, Sendable {
        case csv
        case html
    }

    /// How `export-person` writes the subject-access export.
    public enum ExportFormat: String, Sendable {
        case json
        case html
    }

    /// A usage error: exit status 2 with this message.
    public struct UsageError: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    public var command: Command = .serve
    public var databasePath: String?
    public var host: String?
    public var port: Int?
    public var quarter: String?
    public var format: ReportFormat?
    public var suppressBelow: Int?
    public var dryRun = false
    /// `--format` as typed, checked against the command's formats once the command is known.
    public var formatText: String?
    public var reference: String?
    public var reason: String?
    /// `backup --force`: replace an existing backup of the same name.
    public var force = false

    public static let usage = """
        usage: trusted-person [COMMAND] [--db PATH]
          serve [--host 127.0.0.1] [--port 8080]   run the web app (the default)
          migrate                                  apply pending files from migrations/ and say which
          backup FILE [--force]                    online, consistent copy of the live database (--force replaces an existing copy)
          demo                                     fill an empty database with a fictional cohort and accounts, and print how to sign in
          import KIND FILE [--dry-run]             import one CSV file (people, trusted-people, trust-links, star, ndt,
                                                   accommodation, service-use, barriers, survey, training); all or nothing
          report --quarter 2024Q3 [--format csv|html] [--suppress-below N]
                                                   write the quarterly report to standard output
          export-person --reference CF-0042 [--format json|html] [--reason TEXT]
                                                   write everything held about one person to standard output (logged)
          retention [--dry-run]                    anonymise closed records past the retention period (TP_RETENTION_YEARS, default 6)
        environment: TP_DB, TP_HOST, TP_PORT, TP_SECURE_COOKIES, TP_TRUST_PROXY, TP_TRUSTED_PROXIES, TP_PUBLIC_URL, TP_ACCESS_LOG, TP_ROOT,
          TP_RETENTION_YEARS
        """

    public init() {}

    /// Parses the arguments after the program name.
    public static func parse(_ arguments: [String]) throws(UsageError) -> CommandLineOptions {
        var options = CommandLineOptions()
        var positional: [String] = []
        var index = 0
        func value(for flag: String) throws(UsageError) -> String {
            index += 1
            guard index < arguments.count, !arguments[index].hasPrefix("--") else {
                throw UsageError(description: "\(flag) needs a value")
            }
            return arguments[index]
        }
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "--db": options.databasePath = try value(for: argument)
            case "--host": options.host = try value(for: argument)
            case "--port":
                let text = try value(for: argument)
                guard let port = Int(text), (0...65535).contains(port) else {
                    throw UsageError(description: "--port must be a number from 0 to 65535, not \(text)")
                }
                options.port = port
            case "--quarter": options.quarter = try value(for: argument)
            case "--format": options.formatText = try value(for: argument)
            case "--reference": options.reference = try value(for: argument)
            case "--reason": options.reason = try value(for: argument)
            case "--suppress-below":
                let text = try value(for: argument)
                guard let number = Int(text), number >= 2 else { throw UsageError(description: "--suppress-below needs a whole number of 2 or more, not \(text)") }
                options.suppressBelow = number
            case "--dry-run": options.dryRun = true
            case "--force": options.force = true
            case "--help", "-h": options.command = .help
            default:
                if argument.hasPrefix("-") { throw UsageError(description: "unknown option \(argument)") }
                positional.append(argument)
            }
            index += 1
        }
        guard options.command != .help else { return options }
        switch positional.first {
        case nil, "serve": options.command = .serve
        case "migrate": options.command = .migrate
        case "demo": options.command = .demo
        case "help": options.command = .help
        case "backup":
            guard positional.count == 2 else { throw UsageError(description: "backup needs exactly one FILE") }
            options.command = .backup(file: positional[1], force: options.force)
            return options
        case "import":
            guard positional.count == 3 else { throw UsageError(description: "import needs KIND and FILE") }
            options.command = .importFile(kind: positional[1], file: positional[2], dryRun: options.dryRun)
            return options
        case "report":
            guard let quarter = options.quarter else { throw UsageError(description: "report needs --quarter, for example --quarter 2024Q3") }
            if let text = options.formatText {
                guard let format = ReportFormat(rawValue: text) else { throw UsageError(description: "--format is csv or html, not \(text)") }
                options.format = format
            }
            options.command = .report(quarter: quarter, format: options.format ?? .csv, suppressBelow: options.suppressBelow)
        case "export-person":
            guard let reference = options.reference, !reference.isEmpty else {
                throw UsageError(description: "export-person needs --reference, for example --reference CF-0042")
            }
            var format = ExportFormat.json
            if let text = options.formatText {
                guard let chosen = ExportFormat(rawValue: text) else { throw UsageError(description: "--format is json or html, not \(text)") }
                format = chosen
            }
            options.command = .exportPerson(reference: reference, format: format, reason: options.reason)
        case "retention":
            options.command = .retention(dryRun: options.dryRun)
        case let other?: throw UsageError(description: "unknown command \(other)")
        }
        if positional.count > 1 { throw UsageError(description: "unexpected argument \(positional[1])") }
        if options.command != .serve, options.host != nil || options.port != nil {
            throw UsageError(description: "--host and --port are for serve only")
        }
        if case .report = options.command {} else if options.quarter != nil || options.suppressBelow != nil {
            throw UsageError(description: "--quarter and --suppress-below are for report only")
        }
        switch options.command {
        case .report, .exportPerson: break
        default: if options.formatText != nil { throw UsageError(description: "--format is for report and export-person only") }
        }
        if case .exportPerson = options.command {} else if options.reference != nil || options.reason != nil {
            throw UsageError(description: "--reference and --reason are for export-person only")
        }
        if case .retention = options.command {} else if options.dryRun { throw UsageError(description: "--dry-run is for import and retention only") }
        if options.force { throw UsageError(description: "--force is for backup only") }
        return options
    }
}
