import Testing
@testable import App

/// The server's allocator setting reaches glibc (`mallopt` found and the option accepted).
@Suite struct MemoryArenasTests {
    @Test func glibcAcceptsTheArenaLimit() {
        #expect(MemoryArenas.limit())
    }
}
