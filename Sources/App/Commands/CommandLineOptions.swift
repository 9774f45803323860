/// A command line parsed into what to do (REPORTS.md, "Command line").
public struct CommandLineOptions: Equatable, Sendable {
    /// The commands `trusted-person` knows.
    public enum Command: Equatable, Sendable {
        case serve
        case migrate
        case backup(file: String)
        case demo
        case help
    }

    /// A usage error: exit status 2 with this message.
    public struct UsageError: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    public var command: Command = .serve
    public var databasePath: String?
    public var host: String?
    public var port: Int?

    public static let usage = """
        usage: trusted-person [COMMAND] [--db PATH]
          serve [--host 127.0.0.1] [--port 8080]   run the web app (the default)
          migrate                                  apply pending files from migrations/ and say which
          backup FILE                              online, consistent copy of the live database
          demo                                     fill an empty database with demo accounts and print how to sign in
        environment: TP_DB, TP_HOST, TP_PORT, TP_SECURE_COOKIES, TP_TRUST_PROXY, TP_PUBLIC_URL, TP_ACCESS_LOG, TP_ROOT
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
            options.command = .backup(file: positional[1])
            return options
        case let other?: throw UsageError(description: "unknown command \(other)")
        }
        if positional.count > 1 { throw UsageError(description: "unexpected argument \(positional[1])") }
        if options.command != .serve, options.host != nil || options.port != nil {
            throw UsageError(description: "--host and --port are for serve only")
        }
        return options
    }
}
