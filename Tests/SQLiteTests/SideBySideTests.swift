import Dispatch
import Foundation
import SQLite
import Testing

/// `SideBySide.run`: two pieces of work at the same time, both finished on return.
@Suite struct SideBySideTests {
    private struct Refused: Error, Equatable {}

    /// The first piece waits for a signal only the second sends: it can only get it when the
    /// two run at the same time.
    @Test func bothPiecesRunAtTheSameTime() throws {
        let secondStarted = DispatchSemaphore(value: 0)
        let (heard, second) = try SideBySide.run(
            { secondStarted.wait(timeout: .now() + 10) == .success },
            { () -> Int in
                secondStarted.signal()
                return 2
            })
        #expect(heard, "the first piece heard from the second while both ran")
        #expect(second == 2)
    }

    @Test func anErrorFromEitherPieceIsThrownAfterBothFinish() throws {
        let finished = ManagedFlag()
        #expect(throws: Refused.self) {
            _ = try SideBySide.run({ () throws -> Int in throw Refused() }, { () -> Int in
                Thread.sleep(forTimeInterval: 0.05)
                finished.set()
                return 1
            })
        }
        #expect(finished.isSet, "the other piece had finished when the error was thrown")
        #expect(throws: Refused.self) {
            _ = try SideBySide.run({ 1 }, { () throws -> Int in throw Refused() })
        }
    }
}

/// A flag set on one thread and read on another.
private final class ManagedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
