import Testing

@testable import HTTP

@Suite("Host field validation")
struct HostFieldTests {
    static let valid = [
        "example.org", "example.org:8080", "127.0.0.1", "127.0.0.1:80", "localhost:",
        "[::1]", "[::1]:8080", "[2001:db8::7]", "[::ffff:192.0.2.1]:443", "[v1.fe80::a+en1]",
        "xn--bcher-kva.example", "a%2Db.example", "sub_domain.example", "",
    ]
    static let invalid = [
        "a b/c", "a/b", "example.org/", "user@example.org", "example.org:http", "example.org:80:90",
        "example.org:-1", "[::1", "::1", "[::g]", "[::1]x", "[::1]:x", "[]", "[v.x]", "[v1.]", "a%2",
        "a%zz", "a\\b", "a\"b", "a<b>", "a?b", "a#b",
    ]

    @Test(arguments: valid)
    func acceptsAHostAndOptionalPort(_ value: String) {
        #expect(HostField.isValid(value))
    }

    @Test(arguments: invalid)
    func rejectsAnythingElse(_ value: String) {
        #expect(!HostField.isValid(value))
    }

    @Test(arguments: invalid)
    func theParserRaisesInvalidHost(_ value: String) {
        let text = "GET / HTTP/1.1\r\nHost: \(value)\r\n\r\n"
        #expect(throws: HTTPError.invalidHost) { _ = try Parse.all([Array(text.utf8)]) }
        #expect(HTTPError.invalidHost.status.code == 400)
    }

    @Test func anHTTP10HostIsCheckedToo() {
        #expect(throws: HTTPError.invalidHost) {
            _ = try Parse.all([Array("GET / HTTP/1.0\r\nHost: a b\r\n\r\n".utf8)])
        }
        #expect((try? Parse.head("GET / HTTP/1.0\r\n\r\n")) != nil)
    }

    @Test func aValidHostSplitAtEveryByteStillParses() throws {
        let bytes = Array("GET / HTTP/1.1\r\nHost: [::1]:8080\r\n\r\n".utf8)
        for split in 1..<bytes.count {
            let parts = try Parse.all([Array(bytes[..<split]), Array(bytes[split...])])
            #expect(parts.first?.head.headers["Host"] == "[::1]:8080")
        }
    }

    @Test func aLiveServerAnswers400AndCloses() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        client.send("GET /hello HTTP/1.1\r\nHost: a b/c\r\n\r\n")
        #expect(try client.readResponse().status == 400)
        #expect(client.isClosedByServer())
        #expect(server.stillServes())
    }
}
