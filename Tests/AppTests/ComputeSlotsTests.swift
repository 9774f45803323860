import Foundation
import Testing

@testable import App

/// Requests compute in at most `limit` slots, first come first served, and a request that
/// gives its slot up (to wait for the access log) lets the next one in at once.
@Suite struct ComputeSlotsTests {
    /// Waits (up to 5 s) until `condition` holds.
    private static func eventually(_ condition: () -> Bool) {
        var waited = 0
        while !condition(), waited < 5_000 {
            usleep(1_000)
            waited += 1
        }
    }

    @Test func atMostLimitComputeAtOnceInArrivalOrder() {
        let slots = ComputeSlots(limit: 2)
        let entered = Locked<[Int]>([])
        let inside = Locked(0)
        let mostInside = Locked(0)
        let gates = (0..<5).map { _ in DispatchSemaphore(value: 0) }
        let done = DispatchGroup()
        for index in 0..<5 {
            done.enter()
            Thread.detachNewThread {
                slots.run {
                    entered.update { $0.append(index) }
                    let now = inside.update { count in
                        count += 1
                        return count
                    }
                    mostInside.update { $0 = max($0, now) }
                    gates[index].wait()
                    inside.update { $0 -= 1 }
                }
                done.leave()
            }
            Self.eventually { entered.value.count + slots.counts.waiting == index + 1 }
        }
        #expect(entered.value == [0, 1])
        #expect(slots.counts.waiting == 3)
        for index in 0..<5 {
            gates[index].signal()
            Self.eventually { entered.value.count >= min(5, index + 3) }
        }
        done.wait()
        #expect(entered.value == [0, 1, 2, 3, 4])
        #expect(mostInside.value == 2)
        #expect(slots.counts.free == 2)
        #expect(slots.counts.waiting == 0)
    }

    @Test func givingUpASlotLetsTheNextInOnceAndOnlyOnce() {
        let slots = ComputeSlots(limit: 1)
        let firstGaveUp = DispatchSemaphore(value: 0)
        let finishFirst = DispatchSemaphore(value: 0)
        let secondIn = Locked(false)
        let done = DispatchGroup()
        done.enter()
        Thread.detachNewThread {
            slots.run {
                ComputeSlots.giveUpSlot()
                ComputeSlots.giveUpSlot()
                firstGaveUp.signal()
                finishFirst.wait()
            }
            done.leave()
        }
        firstGaveUp.wait()
        done.enter()
        Thread.detachNewThread {
            slots.run { secondIn.update { $0 = true } }
            done.leave()
        }
        Self.eventually { secondIn.value }
        #expect(secondIn.value)
        finishFirst.signal()
        done.wait()
        #expect(slots.counts.free == 1)
        ComputeSlots.giveUpSlot()
        #expect(slots.counts.free == 1)
    }
}
