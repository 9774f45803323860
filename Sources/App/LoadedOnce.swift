import Synchronization

/// A value read from disk the first time it is asked for, then kept: a command that never
/// renders a page or checks a new password (the quarterly report, an import) does not pay for
/// parsing every template or the list of common passwords at start-up. The server asks for
/// both while starting (`Application.init` with `StartUp.eager`), so a broken template still
/// stops it there with file and line.
final class LoadedOnce<Value: Sendable>: Sendable {
    private let load: @Sendable () throws -> Value
    private let loaded = Mutex<Value?>(nil)

    init(_ load: @escaping @Sendable () throws -> Value) {
        self.load = load
    }

    /// The value, loaded now if this is the first time; a failed load is tried again next time.
    var value: Value {
        get throws {
            try loaded.withLock { stored in
                if let stored { return stored }
                let value = try load()
                stored = value
                return value
            }
        }
    }
}
