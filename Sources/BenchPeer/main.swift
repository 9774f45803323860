import HTTP

/// The benchmark peer: `bench-peer --port N --db PATH --www DIR [--loops N] [--access-log] [--no-cache]` serves
/// GET /static/app.css (and anything else under DIR/static) through StaticFiles, and GET /people
/// from the harness's SQLite database (`PeoplePage`).
struct Options {
    var port = 8090
    var database = ""
    var www = "."
    var accessLog = false
    var cachesPages = true
    var eventLoops = ServerConfiguration.coreCount

    init(_ arguments: [String]) {
        var index = 1
        while index < arguments.count {
            let value = index + 1 < arguments.count ? arguments[index + 1] : ""
            switch arguments[index] {
            case "--port": port = Int(value) ?? port
            case "--db": database = value
            case "--www": www = value
            case "--loops": eventLoops = Int(value) ?? eventLoops
            case "--access-log":
                accessLog = true
                index -= 1
            case "--no-cache":
                cachesPages = false
                index -= 1
            default: break
            }
            index += 2
        }
    }
}

let options = Options(CommandLine.arguments)
var configuration = ServerConfiguration(port: options.port, accessLog: options.accessLog)
configuration.maxConnections = 20_000
configuration.eventLoops = options.eventLoops
let router = Router(staticFiles: StaticFiles(root: options.www + "/static", urlPrefix: "/static"))
if !options.database.isEmpty {
    do {
        let people = try PeoplePage(path: options.database, connections: configuration.workerThreads, caches: options.cachesPages)
        router.get("/people") { request in people.respond(to: request) }
    } catch {
        print("BenchPeer: cannot open \(options.database): \(error)")
    }
}
let server = HTTPServer(configuration: configuration, responder: router)
do {
    try server.start()
    print("BenchPeer listening on 127.0.0.1:\(server.port)")
    try server.runUntilSignal()
} catch {
    print("BenchPeer: \(error)")
}
