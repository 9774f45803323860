import Domain

/// A piece of an individual's information that belongs to one consent category. Stores hand
/// pages these instead of plain values, and the only way to the value is `open` with the
/// request's `Readable`, which refuses categories the reader may not see and records every
/// category opened, for the access log.
///
/// Why: PRODUCT.md, "What a related user sees without consent is only whom they are dealing
/// with"; a page cannot show a field it was not handed through the door.
struct Guarded<Value: Sendable>: Sendable {
    let category: InformationCategory
    private let value: Value

    init(_ category: InformationCategory, _ value: Value) {
        self.category = category
        self.value = value
    }

    /// The value when `readable` allows its category (recording the read), else nil.
    func open(_ readable: Readable) -> Value? {
        readable.allows(category) ? value : nil
    }
}
