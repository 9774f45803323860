import App
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
guard let root = ProjectRoot.locate() else {
    FileHandle.standardError.write(Data("benchmarks: run from the project folder\n".utf8))
    exit(1)
}

switch arguments.first {
case "access-log":
    let readers = arguments.count > 1 ? Int(arguments[1]) ?? 32 : 32
    print("Record page under \(readers) concurrent readers, 5 s per strategy (synchronous=FULL, WAL):")
    print("| strategy | pages/s | median ms | p99 ms | pages | log transactions |")
    print("|---|---:|---:|---:|---:|---:|")
    let results = try AccessLogBenchmark.run(rootDirectory: root, readers: readers)
    for result in results {
        print(String(
            format: "| %@ | %.0f | %.2f | %.2f | %d | %d |", result.strategy, result.pagesPerSecond, result.medianMilliseconds,
            result.p99Milliseconds, result.pages, result.transactions))
    }
    if let ceiling = results.first, let grouped = results.last, let single = results.dropFirst().first {
        print(String(format: "group commit keeps %.0f%% of the ceiling; one commit per page keeps %.0f%%",
                     100 * grouped.pagesPerSecond / ceiling.pagesPerSecond, 100 * single.pagesPerSecond / ceiling.pagesPerSecond))
    }
case "cohort":
    let people = arguments.count > 1 ? Int(arguments[1]) ?? 10_000 : 10_000
    let result = try CohortBenchmark.run(rootDirectory: root, people: people)
    print("Import of a generated cohort (\(people) people), each file one transaction:")
    print("| file | rows | seconds |")
    print("|---|---:|---:|")
    for item in result.imports {
        print(String(format: "| %@ | %d | %.2f |", item.kind, item.rows, item.seconds))
    }
    print(String(format: "Quarterly report (read everything from SQLite + compute, %d rows): median of 5 = %.3f s",
                 result.reportRows, result.reportMedianSeconds))
    print("Caseload page query with the cohort's headline counts, median of 5:")
    for item in result.caseloadMilliseconds {
        print(String(format: "  %@: %.1f ms", item.filter, item.milliseconds))
    }
case "pages":
    let numbers = arguments.dropFirst().prefix { !$0.hasPrefix("--") }
    let options = Dictionary(
        stride(from: 1 + numbers.count, to: arguments.count - 1, by: 2).map { (arguments[$0], arguments[$0 + 1]) },
        uniquingKeysWith: { $1 })
    let people = numbers.first.flatMap { Int($0) } ?? 10_000
    let connections = numbers.dropFirst().first.flatMap { Int($0) } ?? 32
    let only = options["--only"].map { $0.split(separator: ",").map(String.init) } ?? []
    let lines = try PagesBenchmark.run(
        rootDirectory: root, people: people, connections: connections, keep: options["--keep"], only: only
    ) { line in
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
    print("Pages at \(people) people, \(connections) keep-alive connections, 5 s each (our own load generator, in process;")
    print("server CPU = process CPU less the generator threads' own):")
    print("| page | req/s | p50 ms | p99 ms | server CPU per request | generator CPU per request | failures | RSS MiB | longest log wait / queue / commit ms | log commits, mean ms |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for line in lines {
        print(String(
            format: "| `%@` | %.0f | %.2f | %.2f | %.0f µs | %.0f µs | %d | %.0f | %.1f / %.1f / %.1f | %d, %.2f |", line.page,
            line.requestsPerSecond, line.p50Milliseconds, line.p99Milliseconds, line.serverCPUMicroseconds, line.generatorCPUMicroseconds, line.failures,
            line.residentMiB, line.longestLogWaitMilliseconds, line.longestLogQueueMilliseconds, line.longestLogCommitMilliseconds,
            line.logCommits, line.meanLogCommitMilliseconds))
    }
    print(String(format: "peak RSS of the process: %.0f MiB", PagesBenchmark.peakResidentMiB()))
case "soak":
    try SoakCommand.run(Array(arguments.dropFirst()), rootDirectory: root)
default:
    print("usage: benchmarks access-log [READERS] | benchmarks cohort [PEOPLE] | benchmarks pages [PEOPLE] [CONNECTIONS] [--keep DIR] [--only TEXT,TEXT] | benchmarks soak [--minutes 10]")
    exit(2)
}
