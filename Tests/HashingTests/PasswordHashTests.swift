import Hashing
import Testing

@Suite("Password hashes")
struct PasswordHashTests {
    /// Low so the suite stays fast; production uses `PasswordHash.defaultIterations`.
    static let iterations = 1_000

    @Test func roundTripsThroughEncodedForm() throws {
        let hash = PasswordHash.make(password: "correct horse", iterations: Self.iterations)
        let parsed = try #require(PasswordHash(encoded: hash.encoded))
        #expect(parsed.encoded == hash.encoded)
        #expect(parsed.iterations == hash.iterations)
        #expect(parsed.verify("correct horse"))
    }

    @Test func encodedFormHasFourFieldsWithExpectedSizes() {
        let hash = PasswordHash.make(password: "pw", iterations: Self.iterations)
        let fields = hash.encoded.split(separator: "$", omittingEmptySubsequences: false)
        #expect(fields.count == 4)
        #expect(fields[0] == "pbkdf2-sha256")
        #expect(fields[1] == "1000")
        #expect(Base64URL.decode(String(fields[2]))?.count == PasswordHash.saltByteCount)
        #expect(Base64URL.decode(String(fields[3]))?.count == PasswordHash.keyByteCount)
    }

    @Test func rejectsWrongPassword() {
        let hash = PasswordHash.make(password: "correct horse", iterations: Self.iterations)
        #expect(!hash.verify("correct horsf"))
        #expect(!hash.verify(""))
        #expect(!hash.verify("correct horse "))
    }

    @Test func samePasswordGetsDifferentSalts() {
        let first = PasswordHash.make(password: "same", iterations: Self.iterations)
        let second = PasswordHash.make(password: "same", iterations: Self.iterations)
        #expect(first.salt != second.salt)
        #expect(first.encoded != second.encoded)
    }

    @Test func verifiesKnownEncodingComputedIndependently() throws {
        let encoded = "pbkdf2-sha256$1000$AAECAwQFBgcICQoLDA0ODw$9VUOiRGfWTzTZixtfaW9P3qQ4lzS3CIfWKYWbHcnU9M"
        let hash = try #require(PasswordHash(encoded: encoded))
        #expect(hash.iterations == 1000)
        #expect(hash.verify("hunter2"))
        #expect(hash.encoded == encoded)
    }

    @Test func equivalentUnicodeFormsVerify() {
        let hash = PasswordHash.make(password: "caf\u{E9}", iterations: Self.iterations)
        #expect(hash.verify("cafe\u{301}"))
    }

    static let malformed: [String] = [
        "",
        "pbkdf2-sha256",
        "pbkdf2-sha256$1000$AAECAwQFBgcICQoLDA0ODw",
        "pbkdf2-sha256$1000$AAECAwQFBgcICQoLDA0ODw$AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8$extra",
        "pbkdf2-sha1$1000$AAECAwQFBgcICQoLDA0ODw$AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8",
        "PBKDF2-SHA256$1000$AAECAwQFBgcICQoLDA0ODw$AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8",
        "pbkdf2-sha256$0$AAECAwQFBgcICQoLDA0ODw$AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8",
        "pbkdf2-sha256$-1$AAECAwQFBgcICQoLDA0ODw$AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8",
        "pbkdf2-sha256$+1000$AAECAwQFBgcICQoLDA0ODw$AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8",
        "pbkdf2-sha256$01000$AAECAwQFBgcICQoLDA0ODw$AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8",
        "pbkdf2-sha256$1e3$AAECAwQFBgcICQoLDA0ODw$AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8",
        "pbkdf2-sha256$$AAECAwQFBgcICQoLDA0ODw$AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8",
        "pbkdf2-sha256$99999999999$AAECAwQFBgcICQoLDA0ODw$AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8",
        "pbkdf2-sha256$1000$AAECAwQFBgcICQoLDA0O$AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8",
        "pbkdf2-sha256$1000$AAECAwQFBgcICQoLDA0ODw==$AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8",
        "pbkdf2-sha256$1000$AAECAwQFBgcICQoLDA0ODw$AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh",
        "pbkdf2-sha256$1000$AAECAwQFBgcICQoLDA0ODw$AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8A",
        "pbkdf2-sha256$1000$AAECAwQFBgcICQoLDA0ODw$AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwd+h8",
        "pbkdf2-sha256$1000$$AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8",
        " pbkdf2-sha256$1000$AAECAwQFBgcICQoLDA0ODw$AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8",
    ]

    @Test("rejects malformed encodings", arguments: malformed)
    func rejectsMalformed(encoded: String) {
        #expect(PasswordHash(encoded: encoded) == nil)
    }

    @Test func acceptsTheWellFormedBaseOfTheMalformedTable() {
        let encoded = "pbkdf2-sha256$1000$AAECAwQFBgcICQoLDA0ODw$AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8"
        #expect(PasswordHash(encoded: encoded)?.encoded == encoded)
    }

    @Test func needsRehashWhenBelowMinimumIterations() {
        let hash = PasswordHash.make(password: "pw", iterations: Self.iterations)
        #expect(hash.needsRehash(minimumIterations: Self.iterations + 1))
        #expect(!hash.needsRehash(minimumIterations: Self.iterations))
        #expect(hash.needsRehash())
    }

    @Test func makingWithZeroIterationsTraps() async {
        await #expect(processExitsWith: .failure) {
            _ = PasswordHash.make(password: "pw", iterations: 0)
        }
    }

    @Test func defaultsMatchPolicy() {
        #expect(PasswordHash.defaultIterations == 600_000)
        #expect(PasswordHash.saltByteCount == 16)
        #expect(PasswordHash.keyByteCount == 32)
    }
}
