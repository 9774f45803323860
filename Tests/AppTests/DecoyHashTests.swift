import Hashing
import Testing
@testable import App

/// The decoy hash verified against when an email address has no account: the configured cost,
/// a fresh random salt and key each time, and no password matches it.
@Suite struct DecoyHashTests {
    @Test func decoyHasTheConfiguredCostAndMatchesNothing() throws {
        let decoy = PasswordHash.decoy(iterations: 1_000)
        #expect(decoy.iterations == 1_000)
        #expect(decoy.salt.count == PasswordHash.saltByteCount)
        #expect(decoy.key.count == PasswordHash.keyByteCount)
        #expect(PasswordHash(encoded: decoy.encoded)?.encoded == decoy.encoded)
        for password in ["", "password", "correct horse battery staple"] { #expect(!decoy.verify(password)) }
        #expect(PasswordHash.decoy(iterations: 1_000).encoded != decoy.encoded)
    }

    @Test func theAppsDecoyUsesTheConfiguredIterations() throws {
        let test = try TestApp()
        #expect(test.app.services.decoyHash.iterations == test.app.configuration.passwordIterations)
    }
}
