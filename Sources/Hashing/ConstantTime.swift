/// Comparisons whose running time does not depend on where the inputs differ.
public enum ConstantTime {
    /// Whether `a` and `b` hold the same bytes.
    ///
    /// Every byte of the shorter input is examined whatever the contents, so an attacker timing
    /// the comparison of a secret digest learns nothing about how many leading bytes matched.
    /// Lengths are not secret (digests and tokens have fixed sizes); unequal lengths are
    /// unequal, still after a full pass.
    public static func equals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference: UInt8 = a.count == b.count ? 0 : 1
        for index in 0..<min(a.count, b.count) {
            difference |= a[index] ^ b[index]
        }
        return difference == 0
    }
}
