import Foundation

/// One template's source before parsing: its name, its file for errors, its bytes.
struct TemplateSource: Sendable {
    let name: String
    let file: String
    let bytes: [UInt8]
}

/// Reads every `.html` file under a directory, recursively, named by its relative path
/// without the extension (`partials/nav.html` → `partials/nav`). Hidden files (an editor's
/// `.#page.html` lock file) are skipped.
enum TemplateDirectory {
    static let fileExtension = ".html"

    /// The sources in `directory`, sorted by name so errors are reported deterministically.
    static func sources(in directory: String) throws -> [TemplateSource] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue,
            let enumerator = manager.enumerator(atPath: directory)
        else { throw TemplateError(file: directory, .unreadable(directory)) }
        var sources: [TemplateSource] = []
        while let relative = enumerator.nextObject() as? String {
            let fileName = relative.split(separator: "/").last ?? ""
            guard relative.hasSuffix(fileExtension), !fileName.hasPrefix(".") else { continue }
            let path = directory + "/" + relative
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                continue
            }
            guard let data = manager.contents(atPath: path) else {
                throw TemplateError(file: relative, .unreadable(path))
            }
            let bytes = [UInt8](data)
            guard String(validating: bytes, as: UTF8.self) != nil else {
                throw TemplateError(file: relative, .unreadable(path))
            }
            let name = String(relative.dropLast(fileExtension.count))
            sources.append(TemplateSource(name: name, file: relative, bytes: bytes))
        }
        return sources.sorted { $0.name < $1.name }
    }
}
