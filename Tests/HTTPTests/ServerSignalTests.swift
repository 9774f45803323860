import Glibc
import Testing

@testable import HTTP

@Suite("Server signals (live sockets)")
struct ServerSignalTests {
    @Test func sigtermShutsDownGracefullyAndReturns() throws {
        var configuration = ServerConfiguration(port: 0, accessLog: false)
        configuration.eventLoops = 1
        configuration.workerThreads = 2
        configuration.shutdownGracePeriod = 3
        let server = HTTPServer(configuration: configuration, responder: TestRoutes.router())
        try server.start()
        let ready = Flag()
        let returned = Flag()
        TestThread.detach {
            try? server.runUntilSignal(onReady: { ready.set() })
            returned.set()
        }
        let started = Elapsed()
        while !ready.isSet && started.seconds < 5 { usleep(5_000) }
        let client = try TestClient(port: server.port)
        client.send("GET /sleep-300 HTTP/1.1\r\nHost: a\r\n\r\n")
        usleep(50_000)
        kill(getpid(), SIGTERM)
        let response = try client.readResponse()
        #expect(response.text == "done")
        #expect(response["Connection"] == "close")
        while !returned.isSet && started.seconds < 5 { usleep(5_000) }
        #expect(returned.isSet)
    }
}
