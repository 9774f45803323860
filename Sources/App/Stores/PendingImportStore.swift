import Domain
import Foundation
import SQLite

/// An uploaded import file waiting for its uploader to confirm it after the preview.
struct PendingImport: Sendable {
    let kind: ImportKind
    let fileName: String
    let bytes: [UInt8]
}

/// SQL for uploads waiting between the import preview and its confirmation.
enum PendingImportStore {
    /// How long an unconfirmed upload is kept.
    static let lifetime: TimeInterval = 86_400

    /// Keeps an upload for `userID` to confirm; returns its id.
    static func add(kind: ImportKind, fileName: String, bytes: [UInt8], userID: Int64, now: Date, _ db: Database) throws -> Int64 {
        try db.execute(
            "INSERT INTO pending_imports (kind, file_name, bytes, user_id, created_at) VALUES (?, ?, ?, ?, ?)",
            kind.rawValue, fileName, bytes, userID, now)
        return db.lastInsertRowID
    }

    /// The upload `id`, only for the user who made it; an unknown stored kind throws.
    static func find(id: Int64, userID: Int64, _ db: Database) throws -> PendingImport? {
        guard let row = try db.queryOne("SELECT kind, file_name, bytes FROM pending_imports WHERE id = ? AND user_id = ?", id, userID) else {
            return nil
        }
        let stored: String = try row.get("kind")
        guard let kind = ImportKind(rawValue: stored) else { throw UnknownKind(stored: stored) }
        return PendingImport(kind: kind, fileName: try row.get("file_name"), bytes: try row.get("bytes"))
    }

    /// A stored kind this version does not know: a fault, never read as some other kind.
    struct UnknownKind: Error, CustomStringConvertible {
        let stored: String
        var description: String { "pending_imports.kind holds an unknown kind \(stored)" }
    }

    /// Removes the upload `id` and every upload older than `lifetime`.
    static func remove(id: Int64, now: Date, _ db: Database) throws {
        try db.execute("DELETE FROM pending_imports WHERE id = ? OR created_at < ?", id, now.addingTimeInterval(-lifetime))
    }
}
