import Foundation

/// Finds the folder that holds `Templates/`, `Public/` and `migrations/`: `TP_ROOT` if set,
/// else the working directory or the nearest folder above the executable that has them.
public enum ProjectRoot {
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let root = environment["TP_ROOT"], !root.isEmpty {
            return root
        }
        var candidates = [FileManager.default.currentDirectoryPath]
        var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(folder.path)
            folder.deleteLastPathComponent()
        }
        return candidates.first(where: isRoot)
    }

    /// Whether `path` holds the app's three folders.
    public static func isRoot(_ path: String) -> Bool {
        ["Templates", "Public", "migrations"].allSatisfy {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path + "/" + $0, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }
    }
}
