import Hashing
import Testing

/// TOTP against RFC 6238 Appendix B (the SHA-1 column, eight digits, secret "12345678901234567890").
@Suite("TOTP")
struct TOTPTests {
    static let rfcSecret = TestBytes.utf8("12345678901234567890")

    @Test(arguments: [
        (Int64(59), "94287082"), (1_111_111_109, "07081804"), (1_111_111_111, "14050471"),
        (1_234_567_890, "89005924"), (2_000_000_000, "69279037"), (20_000_000_000, "65353130"),
    ])
    func matchesTheRFC6238Vectors(time: Int64, code: String) {
        #expect(TOTP(secret: Self.rfcSecret, digits: 8).code(at: time) == code)
    }

    @Test func sixDigitCodesAreTheLastSixOfTheEightDigitOnes() {
        #expect(TOTP(secret: Self.rfcSecret).code(at: 59) == "287082")
        #expect(TOTP(secret: Self.rfcSecret).code(at: 1_111_111_109) == "081804")
    }

    @Test func acceptsTheStepsEitherSideOfNowAndNoFurther() {
        let totp = TOTP(secret: Self.rfcSecret)
        let now: Int64 = 1_111_111_111
        let step = TOTP.step(at: now)
        #expect(totp.matchingStep(totp.code(step: step), at: now, lastUsedStep: nil) == step)
        #expect(totp.matchingStep(totp.code(step: step - 1), at: now, lastUsedStep: nil) == step - 1)
        #expect(totp.matchingStep(totp.code(step: step + 1), at: now, lastUsedStep: nil) == step + 1)
        #expect(totp.matchingStep(totp.code(step: step - 2), at: now, lastUsedStep: nil) == nil)
        #expect(totp.matchingStep(totp.code(step: step + 2), at: now, lastUsedStep: nil) == nil)
    }

    @Test func neverAcceptsAUsedStepOrAnEarlierOneAgain() {
        let totp = TOTP(secret: Self.rfcSecret)
        let now: Int64 = 1_234_567_890
        let step = TOTP.step(at: now)
        #expect(totp.matchingStep(totp.code(step: step), at: now, lastUsedStep: step) == nil)
        #expect(totp.matchingStep(totp.code(step: step - 1), at: now, lastUsedStep: step) == nil)
        #expect(totp.matchingStep(totp.code(step: step + 1), at: now, lastUsedStep: step) == step + 1)
    }

    @Test(arguments: ["", "12345", "1234567", "12a456", "١٢٣٤٥٦"])
    func refusesWhatIsNotSixDigits(entered: String) {
        #expect(TOTP(secret: Self.rfcSecret).matchingStep(entered, at: 59, lastUsedStep: nil) == nil)
    }

    @Test func ignoresSpacesInTheTypedCode() {
        let totp = TOTP(secret: Self.rfcSecret)
        #expect(totp.matchingStep("287 082", at: 59, lastUsedStep: nil) == 1)
    }
}

/// Base32 against RFC 4648 §10.
@Suite("Base32")
struct Base32Tests {
    @Test(arguments: [
        ("", ""), ("f", "MY======"), ("fo", "MZXQ===="), ("foo", "MZXW6==="), ("foob", "MZXW6YQ="),
        ("fooba", "MZXW6YTB"), ("foobar", "MZXW6YTBOI======"),
    ])
    func encodesAndDecodesTheRFC4648Vectors(plain: String, encoded: String) {
        #expect(Base32.encode(TestBytes.utf8(plain)) == encoded)
        #expect(Base32.decode(encoded) == TestBytes.utf8(plain))
    }

    @Test func decodesLowerCaseAndSpacedTextAndRefusesOtherLetters() {
        #expect(Base32.decode("mzxw 6ytb oi") == TestBytes.utf8("foobar"))
        #expect(Base32.decode("MZXW1") == nil)
        #expect(Base32.encode(TestBytes.utf8("foobar"), padded: false) == "MZXW6YTBOI")
    }
}
