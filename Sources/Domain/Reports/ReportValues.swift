/// A whole number for every case of a closed vocabulary (NDT items, Star areas, accommodation
/// settings, service-use kinds), held in a fixed array at each case's position in `allCases`.
///
/// The report reads one of these for each of its 330,000 records at 10,000 people: a
/// dictionary keyed by the enum hashed the case's text on every insert and look-up, where an
/// array costs one allocation and the metrics walk it by position. A store may hand over slices
/// of one buffer per table (`init(slice:)`), which costs no allocation per record at all.
public struct ReportValues<Key: CaseIterable & Equatable>: Sendable, Equatable where Key.AllCases == [Key] {
    /// The values in `Key.allCases` order, exactly one per case (its indices need not start at 0).
    public let inOrder: ArraySlice<Int>

    /// Values given in `Key.allCases` order, one per case.
    public init(byPosition: [Int]) {
        self.init(slice: byPosition[...])
    }

    /// Values given in `Key.allCases` order as part of a larger buffer, one per case.
    public init(slice: ArraySlice<Int>) {
        assert(slice.count == Key.allCases.count, "one value per case of \(Key.self)")
        inOrder = slice
    }

    /// Values given per case; a case left out takes `missing`.
    public init(_ values: [Key: Int], missing: Int) where Key: Hashable {
        self.init(byPosition: Key.allCases.map { values[$0] ?? missing })
    }

    /// The value of the case at `position` in `Key.allCases`.
    public func value(at position: Int) -> Int {
        inOrder[inOrder.startIndex + position]
    }

    /// The value for `key`.
    public subscript(key: Key) -> Int {
        value(at: Key.allCases.firstIndex(of: key)!)
    }

    /// The sum of the values at `positions`.
    func sum(at positions: [Int]) -> Int {
        positions.reduce(0) { total, position in total + value(at: position) }
    }
}

extension CaseIterable where Self: Equatable, AllCases == [Self] {
    /// The positions in `allCases` of the cases in `chosen`, ascending.
    static func positions(of chosen: Set<Self>) -> [Int] where Self: Hashable {
        allCases.indices.filter { chosen.contains(allCases[$0]) }
    }
}
