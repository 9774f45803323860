import Glibc
import HTTP

/// The routes the live-socket suites exercise.
enum TestRoutes {
    static func router(staticRoot: String? = nil) -> Router {
        let router = Router(staticFiles: staticRoot.map { StaticFiles(root: $0, urlPrefix: "/static") })
        router.get("/hello") { _ in .text("hello") }
        router.get("/inline", onEventLoop: true) { _ in .text("inline") }
        router.post("/echo") { request in
            .bytes(request.body, contentType: "application/octet-stream")
        }
        router.get("/people/:id") { request in
            .text("person \(request.pathParameters["id"] ?? "?")")
        }
        router.add(.delete, "/people/:id") { _ in HTTPResponse(status: .noContent) }
        router.post("/form") { request in
            let form = request.formData
            return .text("name=\(form["name"] ?? "") tags=\(form.values("tag").joined(separator: ","))")
        }
        router.get("/query") { request in
            .text("q=\(request.queryParameters["q"] ?? "")")
        }
        router.get("/cookies") { request in
            var response = HTTPResponse.text(
                request.cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                    .joined(separator: ";"))
            response.setCookie(SetCookie(name: "seen", value: "1", maxAge: 60))
            return response
        }
        router.get("/slow") { _ in
            usleep(1_000_000)
            return .text("slow")
        }
        router.get("/sleep-300") { _ in
            usleep(300_000)
            return .text("done")
        }
        router.get("/stream") { _ in
            HTTPResponse(
                headers: ["Content-Type": "text/plain"],
                body: .stream { writer in
                    for line in 0..<100 { try writer.write("line \(line)\n") }
                })
        }
        router.get("/big-stream") { _ in
            HTTPResponse(
                body: .stream { writer in
                    let block = [UInt8](repeating: UInt8(ascii: "x"), count: 64 * 1024)
                    for _ in 0..<64 { try writer.write(block) }
                })
        }
        return router
    }
}
