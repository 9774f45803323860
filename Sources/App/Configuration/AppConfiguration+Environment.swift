import Foundation

extension AppConfiguration {
    /// The configuration from flags first, then `TP_*` environment variables, then defaults.
    public static func resolve(
        _ options: CommandLineOptions, environment: [String: String], rootDirectory: String
    ) throws(CommandLineOptions.UsageError) -> AppConfiguration {
        var configuration = AppConfiguration(rootDirectory: rootDirectory)
        if let path = options.databasePath ?? environment["TP_DB"], !path.isEmpty {
            configuration.databasePath = path
        }
        if let host = options.host ?? environment["TP_HOST"], !host.isEmpty {
            configuration.host = host
        }
        if let port = options.port {
            configuration.port = port
        } else if let text = environment["TP_PORT"], !text.isEmpty {
            guard let port = Int(text), (0...65535).contains(port) else {
                throw CommandLineOptions.UsageError(description: "TP_PORT must be a number from 0 to 65535, not \(text)")
            }
            configuration.port = port
        }
        configuration.secureCookies = try flag("TP_SECURE_COOKIES", environment) ?? false
        configuration.trustedProxies = try trustedProxies(environment)
        configuration.accessLog = try flag("TP_ACCESS_LOG", environment) ?? true
        configuration.publicURL = environment["TP_PUBLIC_URL"]
        if let text = environment["TP_RETENTION_YEARS"], !text.isEmpty {
            guard let years = Int(text), (1...100).contains(years) else {
                throw CommandLineOptions.UsageError(description: "TP_RETENTION_YEARS must be a whole number of years from 1 to 100, not \(text)")
            }
            configuration.retentionYears = years
        }
        return configuration
    }

    /// `TP_TRUSTED_PROXIES` (comma-separated address literals), plus loopback for `TP_TRUST_PROXY=true`.
    static func trustedProxies(_ environment: [String: String]) throws(CommandLineOptions.UsageError) -> Set<String> {
        var proxies: Set<String> = try flag("TP_TRUST_PROXY", environment) == true ? ["127.0.0.1", "::1"] : []
        for entry in (environment["TP_TRUSTED_PROXIES"] ?? "").split(separator: ",") {
            let address = entry.trimmingCharacters(in: .whitespaces).lowercased()
            guard ClientAddress.isAddress(address) else {
                throw CommandLineOptions.UsageError(description: "TP_TRUSTED_PROXIES must list IP addresses separated by commas, not \(entry)")
            }
            proxies.insert(address)
        }
        return proxies
    }

    /// A yes/no environment variable: 1/0, true/false, yes/no, on/off in any case; unset is nil.
    static func flag(_ name: String, _ environment: [String: String]) throws(CommandLineOptions.UsageError) -> Bool? {
        guard let text = environment[name]?.lowercased(), !text.isEmpty else { return nil }
        switch text {
        case "1", "true", "yes", "on": return true
        case "0", "false", "no", "off": return false
        default: throw CommandLineOptions.UsageError(description: "\(name) must be true or false, not \(text)")
        }
    }
}
