import HTTP
import Testing

@Suite("Request helpers")
struct RequestHelpersTests {
    @Test(arguments: [
        ("a=1&b=two+words", "a", "1"), ("a=1&b=two+words", "b", "two words"),
        ("name=%C3%A9t%C3%A9", "name", "été"), ("x=100%25", "x", "100%"),
        ("bad=%zz%4", "bad", "%zz%4"), ("empty=&e2", "empty", ""), ("k%20ey=v", "k ey", "v"),
        ("plus=%2B", "plus", "+"),
    ])
    func decodesURLEncodedPairs(_ text: String, _ name: String, _ value: String) {
        #expect(FormData(urlEncoded: text)[name] == value)
    }

    @Test func keepsRepeatedNamesInOrder() {
        let form = FormData(urlEncoded: "tag=a&tag=b&other=c&tag=d")
        #expect(form.values("tag") == ["a", "b", "d"])
        #expect(form.all.count == 4)
    }

    @Test func decodesQueryAndFormBodies() {
        let request = HTTPRequest(
            method: .post, path: "/f", query: "q=hello+there",
            headers: ["Content-Type": "application/x-www-form-urlencoded; charset=utf-8"],
            body: Array("name=Ann+Lee&city=K%C3%B6ln".utf8))
        #expect(request.queryParameters["q"] == "hello there")
        #expect(request.formData["name"] == "Ann Lee")
        #expect(request.formData["city"] == "Köln")
        let json = HTTPRequest(
            method: .post, path: "/f", headers: ["Content-Type": "application/json"], body: Array("a=1".utf8))
        #expect(json.formData.isEmpty)
    }

    @Test func parsesCookies() {
        let request = HTTPRequest(
            path: "/", headers: ["Cookie": "sid=abc123; theme=\"dark\";  empty=; sid=second"])
        #expect(request.cookies == ["sid": "abc123", "theme": "dark", "empty": ""])
    }

    @Test func buildsSetCookieHeaders() {
        let cookie = SetCookie(name: "sid", value: "v1", maxAge: 3600, secure: true, sameSite: .strict)
        #expect(cookie.headerValue == "sid=v1; Path=/; Max-Age=3600; HttpOnly; Secure; SameSite=Strict")
        let gone = SetCookie.expired(name: "sid")
        #expect(
            gone.headerValue == "sid=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax"
        )
        var response = HTTPResponse.redirect(to: "/home")
        response.setCookie(cookie)
        response.setCookie(gone)
        #expect(response.status == .seeOther)
        #expect(response.headers["Location"] == "/home")
        #expect(response.headers.values(for: "set-cookie").count == 2)
    }

    @Test func treatsHeaderNamesCaseInsensitively() {
        var headers: HTTPHeaders = ["Content-Type": "text/html", "X-A": "1"]
        headers.add("x-a", "2")
        #expect(headers["content-type"] == "text/html")
        #expect(headers.values(for: "X-A") == ["1", "2"])
        headers.replace("X-a", "3")
        #expect(headers.values(for: "x-a") == ["3"])
        headers["CONTENT-TYPE"] = nil
        #expect(!headers.contains("Content-Type"))
        #expect(headers.count == 1)
    }
}
