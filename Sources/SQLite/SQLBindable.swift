/// A Swift value that can be bound to a `?` parameter of a statement.
public protocol SQLBindable {
    /// The value to hand to SQLite.
    var sqlValue: SQLValue { get }
}

/// A Swift value that can be read from a result column; `nil` when the stored value does not fit.
public protocol SQLReadable {
    /// Converts a stored value, or fails when its storage class or range does not fit this type.
    init?(sqlValue: SQLValue)
}

extension SQLValue: SQLBindable, SQLReadable {
    /// The value itself.
    public var sqlValue: SQLValue { self }

    /// Any stored value, unchanged.
    public init?(sqlValue: SQLValue) { self = sqlValue }
}

extension Int64: SQLBindable, SQLReadable {
    /// An INTEGER.
    public var sqlValue: SQLValue { .integer(self) }

    /// Reads an INTEGER only.
    public init?(sqlValue: SQLValue) {
        guard case .integer(let value) = sqlValue else { return nil }
        self = value
    }
}

extension Int: SQLBindable, SQLReadable {
    /// An INTEGER.
    public var sqlValue: SQLValue { .integer(Int64(self)) }

    /// Reads an INTEGER that fits in `Int`.
    public init?(sqlValue: SQLValue) {
        guard case .integer(let value) = sqlValue, let exact = Int(exactly: value) else { return nil }
        self = exact
    }
}

extension Double: SQLBindable, SQLReadable {
    /// A REAL.
    public var sqlValue: SQLValue { .real(self) }

    /// Reads a REAL, or an INTEGER (SQLite stores whole REALs of untyped columns as integers).
    public init?(sqlValue: SQLValue) {
        switch sqlValue {
        case .real(let value): self = value
        case .integer(let value): self = Double(value)
        default: return nil
        }
    }
}

extension Bool: SQLBindable, SQLReadable {
    /// INTEGER 1 or 0.
    public var sqlValue: SQLValue { .integer(self ? 1 : 0) }

    /// Reads an INTEGER: zero is false, anything else true.
    public init?(sqlValue: SQLValue) {
        guard case .integer(let value) = sqlValue else { return nil }
        self = value != 0
    }
}

extension String: SQLBindable, SQLReadable {
    /// TEXT.
    public var sqlValue: SQLValue { .text(self) }

    /// Reads TEXT only.
    public init?(sqlValue: SQLValue) {
        guard case .text(let value) = sqlValue else { return nil }
        self = value
    }
}

extension Array: SQLBindable, SQLReadable where Element == UInt8 {
    /// A BLOB.
    public var sqlValue: SQLValue { .blob(self) }

    /// Reads a BLOB only.
    public init?(sqlValue: SQLValue) {
        guard case .blob(let value) = sqlValue else { return nil }
        self = value
    }
}

extension Optional: SQLBindable where Wrapped: SQLBindable {
    /// NULL for `nil`, otherwise the wrapped value.
    public var sqlValue: SQLValue { self?.sqlValue ?? .null }
}

extension Optional: SQLReadable where Wrapped: SQLReadable {
    /// `nil` for NULL; fails (rather than giving `nil`) when a non-NULL value does not fit `Wrapped`.
    public init?(sqlValue: SQLValue) {
        if case .null = sqlValue {
            self = .none
            return
        }
        guard let value = Wrapped(sqlValue: sqlValue) else { return nil }
        self = .some(value)
    }
}
