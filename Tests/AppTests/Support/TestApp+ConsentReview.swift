import Domain
import Foundation
@testable import App

/// Factories for consent reviews: a consent that has already expired.
extension TestApp {
    /// A consent given on 1 Jun 2025 and due for review on 1 Jun 2026, before the test clock's today.
    @discardableResult
    func expiredConsent(_ individualID: Int64, to recipient: ConsentRecipient, _ categories: Set<InformationCategory>) throws -> Int64 {
        try pool.write { db in
            try ConsentStore.record(
                individualID: individualID, recipient: recipient, categories: categories, purpose: "Support with housing", method: .verbal,
                givenOn: CalendarDate(iso: "2025-06-01")!, reviewBy: CalendarDate(iso: "2026-06-01")!, by: nil, now: now, db)
        }
    }

    /// The consents of an individual, newest first.
    func consents(_ individualID: Int64) throws -> [ConsentRecord] {
        try pool.read { db in try ConsentStore.all(individualID, db) }
    }
}
