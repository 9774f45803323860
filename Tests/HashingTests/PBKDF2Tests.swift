import Hashing
import Testing

@Suite("PBKDF2-HMAC-SHA256")
struct PBKDF2Tests {
    struct Vector: Sendable, CustomTestStringConvertible {
        let password: String
        let salt: String
        let iterations: Int
        let key: String
        var testDescription: String { "\(password.debugDescription), c=\(iterations), dkLen=\(key.count / 2)" }
    }

    /// RFC 6070's inputs run with HMAC-SHA256 (the widely published SHA-256 counterparts),
    /// confirmed against Python's `hashlib.pbkdf2_hmac`.
    static let vectors: [Vector] = [
        Vector(
            password: "password", salt: "salt", iterations: 1,
            key: "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"),
        Vector(
            password: "password", salt: "salt", iterations: 2,
            key: "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43"),
        Vector(
            password: "password", salt: "salt", iterations: 4096,
            key: "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"),
        Vector(
            password: "passwordPASSWORDpassword", salt: "saltSALTsaltSALTsaltSALTsaltSALTsalt", iterations: 4096,
            key: "348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9"),
        Vector(password: "pass\0word", salt: "sa\0lt", iterations: 4096, key: "89b69d0516f829893c696226650a8687"),
    ]

    @Test("matches published vectors", arguments: vectors)
    func matchesVector(vector: Vector) {
        let key = PBKDF2.deriveKey(
            password: TestBytes.utf8(vector.password), salt: TestBytes.utf8(vector.salt),
            iterations: vector.iterations, keyLength: vector.key.count / 2)
        #expect(Hex.encode(key) == vector.key)
    }

    @Test func shorterKeyIsPrefixOfLongerKey() {
        let long = PBKDF2.deriveKey(password: [1, 2, 3], salt: [4, 5], iterations: 3, keyLength: 80)
        let short = PBKDF2.deriveKey(password: [1, 2, 3], salt: [4, 5], iterations: 3, keyLength: 33)
        #expect(long.count == 80)
        #expect(Array(long.prefix(33)) == short)
    }

    @Test func zeroKeyLengthGivesNoBytes() {
        #expect(PBKDF2.deriveKey(password: [1], salt: [2], iterations: 1, keyLength: 0).isEmpty)
    }

    @Test func longPasswordIsHashedAsHMACKey() {
        let password = TestBytes.repeated(0x70, 100)
        let key = PBKDF2.deriveKey(password: password, salt: TestBytes.utf8("salt"), iterations: 2, keyLength: 32)
        #expect(Hex.encode(key) == "7fb39a0c2291de62231e50ab5f6805b83bab97446d73dccf38114fb21c055427")
    }
}
