import Testing
@testable import HTTP

@Suite struct MultipartFormDataTests {
    static let type = "multipart/form-data; boundary=----b0undary"

    static func body(_ parts: [String]) -> [UInt8] {
        Array((parts.map { "------b0undary\r\n" + $0 }.joined() + "------b0undary--\r\n").utf8)
    }

    @Test func splitsFieldsAndFilesKeepingBytesExactly() throws {
        let file = "ref,name\r\nCF-1,\"A, B\"\r\n"
        let body = Self.body([
            "Content-Disposition: form-data; name=\"kind\"\r\n\r\npeople\r\n",
            "Content-Disposition: form-data; name=\"file\"; filename=\"people.csv\"\r\nContent-Type: text/csv\r\n\r\n\(file)\r\n",
        ])
        let form = try #require(MultipartFormData(body: body, contentType: Self.type))
        #expect(form["kind"] == "people")
        let part = try #require(form.part("file"))
        #expect(part.filename == "people.csv")
        #expect(part.contentType == "text/csv")
        #expect(part.body == Array(file.utf8))
    }

    @Test(arguments: [
        ("text/plain", "x"),
        (type, "no delimiter at all"),
        (type, "------b0undary\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunterminated"),
        (type, "------b0undary\r\nX-No-Disposition: 1\r\n\r\nvalue\r\n------b0undary--"),
        ("multipart/form-data", "------b0undary--"),
    ])
    func refusesMalformedBodies(contentType: String, body: String) {
        #expect(MultipartFormData(body: Array(body.utf8), contentType: contentType) == nil)
    }

    @Test func anEmptyFileIsAPartWithNoBytes() throws {
        let body = Self.body(["Content-Disposition: form-data; name=\"file\"; filename=\"\"\r\n\r\n\r\n"])
        let form = try #require(MultipartFormData(body: body, contentType: Self.type))
        #expect(form.part("file")?.body == [])
    }
}
