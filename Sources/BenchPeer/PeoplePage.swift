import Foundation
import HTTP
import SQLite

/// GET /people for the peer harness: the 50 most recently opened open cases in area
/// 'Harbor' from the harness's `people.db`, rendered byte-identical to its expected page.
/// A few read-only connections, each used by one worker at a time.
///
/// Each connection keeps the last page it rendered with SQLite's `PRAGMA data_version` at
/// the time; the page is rendered again only when that number changes, which SQLite
/// guarantees whenever another connection has committed a change to the file. With
/// `--no-cache` every request queries and renders (the figure to compare frameworks on).
final class PeoplePage: Sendable {
    static let query = """
        SELECT id, name, area, status, opened_on FROM people \
        WHERE area = ?1 AND status = 'open' ORDER BY opened_on DESC, id DESC LIMIT 50
        """
    static let area = "Harbor"

    private let connections: [Connection]
    private let caches: Bool
    private let next = NSLock()
    // Guarded by `next`.
    nonisolated(unsafe) private var turn = 0

    /// One read-only connection and the lock that lends it to one thread at a time.
    private final class Connection: @unchecked Sendable {
        // `database` is touched only while `lock` is held.
        let lock = NSLock()
        let database: Database
        var cached: (version: Int64, page: [UInt8])?

        init(path: String) throws {
            database = try Database(path: path, readOnly: true)
        }
    }

    init(path: String, connections count: Int, caches: Bool) throws {
        connections = try (0..<count).map { _ in try Connection(path: path) }
        self.caches = caches
    }

    func respond(to request: HTTPRequest) -> HTTPResponse {
        next.lock()
        let start = turn
        turn &+= 1
        next.unlock()
        let connection = lend(startingAt: start)
        defer { connection.lock.unlock() }
        do {
            let version: Int64 = caches ? try connection.database.scalar("PRAGMA data_version") ?? -1 : -1
            if caches, let cached = connection.cached, cached.version == version {
                return .bytes(cached.page, contentType: "text/html; charset=utf-8")
            }
            let page = Array(try Self.render(try connection.database.query(Self.query, Self.area)).utf8)
            if caches { connection.cached = (version, page) }
            return .bytes(page, contentType: "text/html; charset=utf-8")
        } catch {
            return .text("database error", status: .internalServerError)
        }
    }

    /// A free connection, trying each once from `start`; waits for the first when all are busy.
    private func lend(startingAt start: Int) -> Connection {
        for offset in 0..<connections.count {
            let candidate = connections[(start &+ offset) % connections.count]
            if candidate.lock.try() { return candidate }
        }
        let connection = connections[start % connections.count]
        connection.lock.lock()
        return connection
    }

    static func render(_ rows: [Row]) throws -> String {
        var out = ""
        out.reserveCapacity(12 * 1024)
        out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Open cases \u{2014} "
        escape(area, into: &out)
        out += "</title>\n<link rel=\"stylesheet\" href=\"/static/app.css\">\n</head>\n<body>\n<header class=\"top\"><h1>Open cases in "
        escape(area, into: &out)
        out += "</h1><p class=\"sub\">The 50 most recently opened cases that are still open.</p></header>\n"
        out += "<main>\n<table class=\"cases\">\n<thead><tr><th>#</th><th>Name</th><th>Area</th><th>Status</th><th>Opened</th></tr></thead>\n<tbody>\n"
        for row in rows {
            let id: Int64 = try row.get("id")
            out += "<tr class=\"row status-"
            escape(try row.get("status"), into: &out)
            out += "\"><td class=\"id\"><a href=\"/people/\(id)\">\(id)</a></td><td class=\"name\">"
            escape(try row.get("name"), into: &out)
            out += "</td><td class=\"area\">"
            escape(try row.get("area"), into: &out)
            out += "</td><td class=\"status\">"
            escape(try row.get("status"), into: &out)
            out += "</td><td class=\"date\">"
            escape(try row.get("opened_on"), into: &out)
            out += "</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</main>\n<footer><p>\(rows.count) rows</p></footer>\n</body>\n</html>\n"
        return out
    }

    /// Escapes & < > " ' as the harness does.
    static func escape(_ text: String, into out: inout String) {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            out += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
    }
}
