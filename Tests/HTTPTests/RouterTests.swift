import HTTP
import Testing

@Suite("Router")
struct RouterTests {
    let router: Router = {
        let router = Router()
        router.get("/people/:id/edit") { .text("edit \($0.pathParameters["id"] ?? "")") }
        router.post("/people/:id") { .text("update \($0.pathParameters["id"] ?? "")") }
        router.get("/", onEventLoop: true) { _ in .text("home") }
        return router
    }()

    @Test func matchesParametersAndMethods() throws {
        let edit = router.respond(to: HTTPRequest(path: "/people/42/edit"))
        #expect(try edit.body.collect() == Array("edit 42".utf8))
        let update = router.respond(to: HTTPRequest(method: .post, path: "/people/7"))
        #expect(try update.body.collect() == Array("update 7".utf8))
    }

    @Test func servesHeadFromGetRoutes() {
        #expect(router.respond(to: HTTPRequest(method: .head, path: "/people/1/edit")).status == .ok)
    }

    @Test func answers404And405WithAllow() {
        #expect(router.respond(to: HTTPRequest(path: "/nowhere")).status == .notFound)
        let wrong = router.respond(to: HTTPRequest(method: .delete, path: "/people/1"))
        #expect(wrong.status == .methodNotAllowed)
        #expect(wrong.headers["Allow"] == "POST")
    }

    @Test func hands404sToTheNotFoundHandlerOnAWorker() throws {
        let custom = Router(notFound: { _ in .html("<h1>Lost?</h1>", status: .notFound) })
        #expect(custom.respondOnEventLoop(to: HTTPRequest(path: "/nowhere")) == nil)
        let response = custom.respond(to: HTTPRequest(path: "/nowhere"))
        #expect(response.status == .notFound)
        #expect(try response.body.collect() == Array("<h1>Lost?</h1>".utf8))
    }

    @Test func answersOnTheEventLoopOnlyForCheapRoutes() {
        #expect(router.respondOnEventLoop(to: HTTPRequest(path: "/")) != nil)
        #expect(router.respondOnEventLoop(to: HTTPRequest(path: "/people/1/edit")) == nil)
        #expect(router.respondOnEventLoop(to: HTTPRequest(path: "/nowhere"))?.status == .notFound)
    }
}
