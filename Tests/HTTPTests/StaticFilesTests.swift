import Testing

@testable import HTTP

@Suite("StaticFiles")
struct StaticFilesTests {
    let site = TempSite()
    var files: StaticFiles { StaticFiles(root: site.root, urlPrefix: "/static") }

    func get(_ target: String, headers: HTTPHeaders = HTTPHeaders()) -> HTTPResponse? {
        let parts = target.split(separator: "?", maxSplits: 1)
        let path = String(parts[0]).removingPercentEncodingForTest()
        return files.response(
            for: HTTPRequest(
                path: path, query: parts.count > 1 ? String(parts[1]) : nil, headers: headers,
                rawTarget: target))
    }

    @Test func servesAFileWithTypeValidatorsAndShortCache() throws {
        let response = try #require(get("/static/app.css"))
        #expect(response.status == .ok)
        #expect(try response.body.collect() == Array("body{color:red}".utf8))
        #expect(response.headers["Content-Type"] == "text/css")
        #expect(response.headers["ETag"]?.hasPrefix("\"") == true)
        #expect(response.headers["Last-Modified"]?.hasSuffix("GMT") == true)
        #expect(response.headers["Cache-Control"] == "public, max-age=300")
    }

    @Test func cachesFingerprintedNamesForAYear() throws {
        let response = try #require(get("/static/app.3f9a1c2b.css"))
        #expect(response.headers["Cache-Control"] == "public, max-age=31536000, immutable")
    }

    @Test(arguments: [
        ("notes.txt", "text/plain; charset=utf-8"), ("css/site.css", "text/css"),
    ])
    func picksContentTypesByExtension(_ name: String, _ type: String) throws {
        #expect(get("/static/\(name)")?.headers["Content-Type"] == type)
    }

    @Test func answers304ForAMatchingETag() throws {
        let etag = try #require(get("/static/app.css")?.headers["ETag"])
        let response = try #require(get("/static/app.css", headers: ["If-None-Match": "\"x\", \(etag)"]))
        #expect(response.status == .notModified)
        #expect(try response.body.collect().isEmpty)
        #expect(get("/static/app.css", headers: ["If-None-Match": "\"other\""])?.status == .ok)
    }

    @Test func answers304WhenNotModifiedSince() throws {
        let modified = try #require(get("/static/app.css")?.headers["Last-Modified"])
        #expect(get("/static/app.css", headers: ["If-Modified-Since": modified])?.status == .notModified)
        let old = "Sun, 06 Nov 1994 08:49:37 GMT"
        #expect(get("/static/app.css", headers: ["If-Modified-Since": old])?.status == .ok)
    }

    @Test(arguments: [
        "/static/../secret.txt", "/static/%2e%2e/secret.txt", "/static/%2E%2E/secret.txt",
        "/static/css/..%2f..%2fsecret.txt", "/static/css%2f..%2f..%2fsecret.txt",
        "/static/app.css%00.txt", "/static/..%5csecret.txt", "/static/leak.txt",
        "/static/up/secret.txt", "/static/.env", "/static/css//site.css", "/static/",
        "/static/missing.css",
    ])
    func neverServesAnythingOutsideTheRoot(_ target: String) throws {
        let response = get(target)
        #expect(response?.status == .notFound)
    }

    @Test func ignoresPathsOutsideThePrefix() {
        #expect(get("/other/app.css") == nil)
    }

    @Test func refusesMethodsOtherThanGetAndHead() throws {
        let response = try #require(
            files.response(for: HTTPRequest(method: .post, path: "/static/app.css")))
        #expect(response.status == .methodNotAllowed)
        #expect(response.headers["Allow"] == "GET, HEAD")
    }

    @Test func toleratesAnEntryRefreshedByAnotherLoopWithALaterClock() throws {
        let cache = FileCache(root: files.root, maxFileBytes: 1 << 20, maxEntries: 8)
        #expect(cache.entry(for: "app.css", now: 5_000_000_000) != nil)
        #expect(cache.entry(for: "app.css", now: 1_000_000_000) != nil)
    }

    @Test func streamsFilesTooLargeToCache() throws {
        let big = String(repeating: "0123456789abcdef", count: StaticFiles.maxCachedFileBytes / 16 + 10)
        site.write("big.bin", big)
        let response = try #require(get("/static/big.bin"))
        guard case .stream = response.body else {
            Issue.record("expected a streamed body")
            return
        }
        #expect(try response.body.collect().count == big.utf8.count)
    }
}

extension String {
    /// Percent-decodes like the server does for paths (test helper, no Foundation).
    func removingPercentEncodingForTest() -> String {
        var bytes: [UInt8] = []
        var iterator = Array(utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "%"), iterator.count >= 2,
                let value = UInt8(String(decoding: iterator.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                iterator = iterator.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
