/// A hashed timer wheel of connection ids, filed under their deadlines. Deadlines move on
/// every request, so entries are never removed: a later deadline is only noticed when the
/// entry comes due (and is re-filed), an earlier one files a new entry that supersedes the
/// old. No timers per connection and O(1) per deadline change.
struct TimerWheel {
    /// A filed connection: its fd and generation (so a reused fd is never mistaken for it)
    /// and the deadline it was filed for (so a superseded filing is recognised and dropped).
    struct Entry {
        var fd: Int32
        var generation: UInt32
        var deadline: UInt64
    }

    let tick: UInt64
    private var slots: [[Entry]]
    private var current: UInt64
    private(set) var count = 0

    init(tickNanoseconds: UInt64, slotCount: Int, now: UInt64) {
        tick = tickNanoseconds
        slots = Array(repeating: [], count: slotCount)
        current = now / tickNanoseconds
    }

    /// Files an entry to be looked at when its deadline is reached.
    mutating func schedule(_ entry: Entry) {
        let due = max(entry.deadline / tick + 1, current + 1)
        slots[Int(due % UInt64(slots.count))].append(entry)
        count += 1
    }

    /// Removes and returns every entry whose slot is due at `now`.
    mutating func advance(to now: UInt64) -> [Entry] {
        let target = now / tick
        guard target > current, count > 0 else {
            current = max(current, target)
            return []
        }
        var due: [Entry] = []
        let steps = min(target - current, UInt64(slots.count))
        for step in 1...steps {
            let slot = Int((current + step) % UInt64(slots.count))
            if !slots[slot].isEmpty {
                due.append(contentsOf: slots[slot])
                slots[slot].removeAll(keepingCapacity: true)
            }
        }
        current = target
        count -= due.count
        return due
    }

    /// Milliseconds until the next tick, or -1 (wait forever) when nothing is filed.
    func timeoutMilliseconds(now: UInt64) -> Int32 {
        guard count > 0 else { return -1 }
        let next = (now / tick + 1) * tick
        return Int32((next - now + 999_999) / 1_000_000)
    }
}
