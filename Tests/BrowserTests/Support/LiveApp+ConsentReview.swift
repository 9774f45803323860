import Domain
import Foundation

@testable import App

/// Factories and look-ups for consent reviews and the person's own pages in journeys.
extension LiveApp {
    /// Records a consent given 400 days ago whose review fell due 35 days ago, so it has expired.
    @discardableResult
    func expiredConsent(_ individualID: Int64, to recipient: ConsentRecipient, _ categories: Set<InformationCategory>) throws -> Int64 {
        let today = LondonTime.today(Date())
        return try app.services.pool.write { db in
            try ConsentStore.record(
                individualID: individualID, recipient: recipient, categories: categories, purpose: "Support with housing", method: .verbal,
                givenOn: today.adding(days: -400), reviewBy: today.adding(days: -35), by: nil, now: Date(), db)
        }
    }

    /// The consent that renewed `consentID`, if any.
    func renewal(ofConsent consentID: Int64, of individualID: Int64) throws -> ConsentRecord? {
        try app.services.pool.read { db in try ConsentStore.all(individualID, db).first { $0.renews == consentID } }
    }

    /// The goals of an individual's plan the person wrote themselves.
    func ownGoals(of individualID: Int64) throws -> [String] {
        try app.services.pool.read { db in
            try db.query("SELECT goal FROM plan_goals WHERE individual_id = ? AND by_the_person = 1", individualID).map { try $0.get("goal") }
        }
    }
}
