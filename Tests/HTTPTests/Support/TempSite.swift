import Glibc

/// A throwaway Public/ folder: a few files, a secret next to it, and a symlink pointing out.
final class TempSite {
    let base: String
    let root: String

    init() {
        var template = Array("/tmp/http-tests-XXXXXX".utf8CString)
        base = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
        root = base + "/Public"
        mkdir(root, 0o755)
        mkdir(root + "/css", 0o755)
        write("secret.txt", "top secret", in: base)
        write("app.css", "body{color:red}")
        write("app.3f9a1c2b.css", "body{color:blue}")
        write("css/site.css", "h1{}")
        write("notes.txt", "plain text")
        write(".env", "PASSWORD=x")
        symlink(base + "/secret.txt", root + "/leak.txt")
        symlink(base, root + "/up")
    }

    func write(_ name: String, _ text: String, in folder: String? = nil) {
        let path = (folder ?? root) + "/" + name
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        _ = Array(text.utf8).withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    deinit {
        for name in ["leak.txt", "up", "app.css", "app.3f9a1c2b.css", "css/site.css", "notes.txt", ".env", "big.bin"] {
            unlink(root + "/" + name)
        }
        rmdir(root + "/css")
        rmdir(root)
        unlink(base + "/secret.txt")
        rmdir(base)
    }
}
