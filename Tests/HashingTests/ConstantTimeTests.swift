import Hashing
import Testing

@Suite("Constant-time comparison")
struct ConstantTimeTests {
    @Test func equalArraysAreEqual() {
        #expect(ConstantTime.equals([], []))
        #expect(ConstantTime.equals([1, 2, 3], [1, 2, 3]))
    }

    @Test func anyDifferingByteMakesThemUnequal() {
        let base = TestBytes.repeated(0x5a, 32)
        for index in base.indices {
            var other = base
            other[index] ^= 0x01
            #expect(!ConstantTime.equals(base, other))
        }
    }

    @Test func unequalLengthsAreUnequal() {
        #expect(!ConstantTime.equals([1, 2, 3], [1, 2]))
        #expect(!ConstantTime.equals([1, 2], [1, 2, 3]))
        #expect(!ConstantTime.equals([], [0]))
        #expect(!ConstantTime.equals([0], []))
    }
}
