import Foundation

/// `benchmarks soak [--minutes 10] [--people 10000] [--connections 16]`: runs `SoakBenchmark`
/// and prints its figures as the Markdown table BENCHMARKS.md keeps.
public enum SoakCommand {
    /// Parses the options, runs the soak (progress on standard error) and prints the report.
    public static func run(_ arguments: [String], rootDirectory: String) throws {
        var options = ["--minutes": 10.0, "--people": 10_000, "--connections": 16]
        var index = 0
        while index < arguments.count {
            guard options[arguments[index]] != nil, index + 1 < arguments.count, let value = Double(arguments[index + 1]) else {
                FileHandle.standardError.write(Data("usage: benchmarks soak [--minutes 10] [--people 10000] [--connections 16]\n".utf8))
                exit(2)
            }
            options[arguments[index]] = value
            index += 2
        }
        let minutes = options["--minutes"]!, people = Int(options["--people"]!), connections = Int(options["--connections"]!)
        let report = try SoakBenchmark.run(rootDirectory: rootDirectory, minutes: minutes, people: people, connections: connections) {
            FileHandle.standardError.write(Data(($0 + "\n").utf8))
        }
        print("Soak: \(people) people, \(connections) keep-alive visitors, \(String(format: "%.1f", report.seconds / 60)) minutes")
        print("| requests | req/s | reads | writes | sign-ins (4 requests each) | errors | RSS start MiB | RSS end MiB | RSS peak MiB |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        print(String(
            format: "| %d | %.0f | %d | %d | %d | %d | %.0f | %.0f | %.0f |", report.requests,
            Double(report.requests) / max(report.seconds, 1), report.reads, report.writes, report.signIns, report.errors,
            report.residentMiB.first ?? 0, report.residentMiB.last ?? 0, report.peakResidentMiB))
        print("RSS each minute (MiB): " + report.residentMiB.map { String(format: "%.0f", $0) }.joined(separator: ", "))
        for (what, count) in report.failures.sorted(by: { $0.key < $1.key }) { print("error: \(what) ×\(count)") }
        if report.errors > 0 { exit(1) }
    }
}
