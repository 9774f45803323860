import Domain
import Foundation
import SQLite
import Testing
@testable import App

/// A stored value outside its closed vocabulary is an error, never read as a default.
@Suite struct StoredVocabularyTests {
    @Test func anUnknownCohortGroupIsAnErrorNotADefault() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        try test.pool.write { db in
            try db.execute("PRAGMA ignore_check_constraints = ON")
            try db.execute("UPDATE individuals SET cohort_group = 'atlantis' WHERE id = ?", person)
            try db.execute("PRAGMA ignore_check_constraints = OFF")
        }
        #expect(throws: UnknownStoredValue.self) { try test.pool.read { db in try IndividualStore.find(id: person, db) } }
        let page = try test.signedIn([.coordinator]).get("/people/\(person)")
        #expect(page.status == 500)
    }

    @Test func anUnknownLinkRoleIsAnErrorNotTrusted() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        try test.link(person, try test.createTrustedPerson("Sam"), role: .primary)
        try test.pool.write { db in
            try db.execute("PRAGMA ignore_check_constraints = ON")
            try db.execute("UPDATE trust_links SET role = 'best-friend'")
            try db.execute("PRAGMA ignore_check_constraints = OFF")
        }
        #expect(throws: UnknownStoredValue.self) { try test.pool.read { db in try TrustLinkStore.forIndividual(person, db) } }
    }
}
