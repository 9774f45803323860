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

    /// Robin, in whose circle Sam Carter is, with Robin's consent to share their housing with Sam
    /// expired, and Robin signed in to their own pages.
    func personWithAnExpiredConsent() throws -> (robin: Int64, sam: Int64, expired: Int64, me: TestClient) {
        let robin = try refer("Robin")
        let sam = try createTrustedPerson("Sam Carter")
        try link(robin, sam)
        let expired = try expiredConsent(robin, to: .trustedPerson(sam), [.housing])
        return (robin, sam, expired, try signedInAsThePerson(robin))
    }

    /// The consents of an individual, newest first.
    func consents(_ individualID: Int64) throws -> [ConsentRecord] {
        try pool.read { db in try ConsentStore.all(individualID, db) }
    }
}
