import Synchronization

/// The count of open connections across every loop, against `maxConnections`.
final class OpenConnections: Sendable {
    private let count = Atomic<Int>(0)
    let limit: Int

    init(limit: Int) {
        self.limit = limit
    }

    /// Takes a slot, or answers false when all are in use.
    func acquire() -> Bool {
        let after = count.wrappingAdd(1, ordering: .relaxed).newValue
        if after <= limit { return true }
        count.wrappingSubtract(1, ordering: .relaxed)
        return false
    }

    func release() {
        count.wrappingSubtract(1, ordering: .relaxed)
    }
}
