import Testing

@testable import HTTP

@Suite("HTTPDate, TimerWheel and ContentTypes")
struct ServerInternalsTests {
    @Test func formatsAndParsesIMFFixdate() {
        #expect(HTTPDate.format(784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT") == 784_111_777)
        #expect(HTTPDate.parse("Sunday, 06-Nov-94 08:49:37 GMT") == nil)
    }

    @Test func firesEntriesWhenTheirSlotComesDue() {
        var wheel = TimerWheel(tickNanoseconds: 10, slotCount: 64, now: 0)
        wheel.schedule(.init(fd: 1, generation: 1, deadline: 25))
        wheel.schedule(.init(fd: 2, generation: 1, deadline: 500))
        #expect(wheel.advance(to: 20).isEmpty)
        #expect(wheel.advance(to: 40).map(\.fd) == [1])
        let late = wheel.advance(to: 1000)
        #expect(late.map(\.fd) == [2])
        #expect(wheel.count == 0)
        #expect(wheel.timeoutMilliseconds(now: 1000) == -1)
    }

    @Test func recognisesFingerprintedNames() {
        #expect(ContentTypes.isFingerprinted("app.3f9a1c2b.css"))
        #expect(!ContentTypes.isFingerprinted("app.css"))
        #expect(!ContentTypes.isFingerprinted("jquery.min.js"))
        #expect(ContentTypes.forFile("x.WOFF2") == "font/woff2")
    }
}
