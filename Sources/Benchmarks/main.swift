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
    let people = arguments.count > 1 ? Int(arguments[1]) ?? 10_000 : 10_000
    let connections = arguments.count > 2 ? Int(arguments[2]) ?? 32 : 32
    let lines = try PagesBenchmark.run(rootDirectory: root, people: people, connections: connections) { line in
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
    print("Pages at \(people) people, \(connections) keep-alive connections, 5 s each (our own load generator, in process;")
    print("server CPU = process CPU less the generator threads' own):")
    print("| page | req/s | p50 ms | p99 ms | server CPU per request | failures | RSS MiB |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for line in lines {
        print(String(
            format: "| `%@` | %.0f | %.2f | %.2f | %.0f µs | %d | %.0f |", line.page, line.requestsPerSecond, line.p50Milliseconds,
            line.p99Milliseconds, line.serverCPUMicroseconds, line.failures, line.residentMiB))
    }
case "soak":
    try SoakCommand.run(Array(arguments.dropFirst()), rootDirectory: root)
default:
    print("usage: benchmarks access-log [READERS] | benchmarks cohort [PEOPLE] | benchmarks pages [PEOPLE] [CONNECTIONS] | benchmarks soak [--minutes 10]")
    exit(2)
}
