import Foundation

/// One `NNNN_name.sql` file from the migrations folder, with its checksum.
struct MigrationFile: Sendable {
    /// The number before the first `_`.
    let version: Int
    /// The file name, e.g. `0001_people.sql`; what errors and `schema_migrations.name` show.
    let fileName: String
    /// The SQL text to run.
    let sql: String
    /// `fnv1a64:` and 16 hex digits of the 64-bit FNV-1a hash of the file's exact bytes.
    let checksum: String

    /// Reads every migration in `directory`, sorted by version; hidden files are ignored.
    static func load(from directory: String) throws -> [MigrationFile] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            throw MigrationError.unreadable(path: directory)
        }
        let files = try names.filter { !$0.hasPrefix(".") && !isFolder(directory, $0) }.sorted().map { name in
            guard let version = version(of: name) else { throw MigrationError.invalidFileName(name) }
            let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw MigrationError.unreadable(path: path)
            }
            let bytes = [UInt8](contents)
            return MigrationFile(
                version: version,
                fileName: name,
                sql: String(decoding: bytes, as: UTF8.self),
                checksum: checksum(of: bytes)
            )
        }
        let byVersion = Dictionary(grouping: files, by: \.version)
        if let (version, clash) = byVersion.filter({ $0.value.count > 1 }).min(by: { $0.key < $1.key }) {
            throw MigrationError.duplicateVersion(version, files: clash.map(\.fileName))
        }
        return files.sorted { $0.version < $1.version }
    }

    /// The version of a well-formed name (`0001_people.sql`), or `nil`.
    static func version(of fileName: String) -> Int? {
        guard fileName.hasSuffix(".sql") else { return nil }
        let stem = fileName.dropLast(4)
        let digits = stem.prefix { $0.isASCII && $0.isNumber }
        let rest = stem.dropFirst(digits.count)
        guard digits.count >= 4, rest.first == "_", rest.count > 1 else { return nil }
        let allowed = rest.dropFirst().allSatisfy {
            $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-")
        }
        return allowed ? Int(digits) : nil
    }

    /// FNV-1a, 64-bit (http://www.isthe.com/chongo/tech/comp/fnv/): not cryptographic, but enough
    /// to notice an edited file, and needs no dependency. Prefixed so the algorithm can change later.
    static func checksum(of bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Sub-folders hold other databases' migrations (for example `access-log/`) and are skipped.
    private static func isFolder(_ directory: String, _ name: String) -> Bool {
        var isDirectory: ObjCBool = false
        let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
