import Hashing
import Testing

@Suite("Session tokens and secure random bytes")
struct SessionTokenTests {
    @Test func tokenIsThirtyTwoRandomBytesInBase64URL() throws {
        let token = SessionToken.generate()
        #expect(token.utf8.count == 43)
        let bytes = try #require(Base64URL.decode(token))
        #expect(bytes.count == SessionToken.byteCount)
    }

    @Test func tokensDiffer() {
        let tokens = Set((0..<100).map { _ in SessionToken.generate() })
        #expect(tokens.count == 100)
    }

    @Test func digestIsSHA256HexOfTokenText() {
        #expect(SessionToken.digest("token") == "3c469e9d6c5875d37a43f353d4f88e61fcf812c66eee3457465a40b0da4153e0")
        #expect(SessionToken.digest("abc") == Hex.encode(SHA256.hash(TestBytes.utf8("abc"))))
    }

    @Test func digestDependsOnEveryCharacter() {
        let token = SessionToken.generate()
        #expect(SessionToken.digest(token) == SessionToken.digest(token))
        #expect(SessionToken.digest(token) != SessionToken.digest(token + "x"))
    }

    @Test("secure random returns the requested count", arguments: [0, 1, 7, 8, 9, 16, 33])
    func secureRandomCount(count: Int) {
        #expect(SecureRandom.bytes(count).count == count)
    }

    @Test func secureRandomBytesAreNotConstant() {
        let bytes = SecureRandom.bytes(64)
        #expect(Set(bytes).count > 8)
        #expect(SecureRandom.bytes(16) != SecureRandom.bytes(16))
    }
}
