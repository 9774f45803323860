import Domain
import Foundation
import Testing
@testable import App

/// The accommodation form's tenancy type: social or private for own-tenancy nights, kept
/// with the quarter; anything else is refused beside the field with nothing stored.
@Suite struct TenancyTypeFormTests {
    static let fields: [(String, String)] =
        AccommodationSetting.allCases.map { ($0.rawValue, $0 == .ownTenancy ? "60" : "0") } + [("support_quarter", "1")]

    @Test func savesTheTenancyTypeWithTheQuarter() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let person = try test.refer("Robin")
        let form = try coordinator.get("/people/\(person)/accommodation/new")
        #expect(form.contains("<option value=\"social\">Social housing</option>"))
        #expect(try coordinator.post("/people/\(person)/accommodation", Self.fields + [("tenancy_type", "social")]).status == 303)
        #expect(try test.count("SELECT count(*) FROM accommodation_quarters WHERE tenancy_type = 'social' AND own_tenancy = 60") == 1)
        #expect(try coordinator.post("/people/\(person)/accommodation", Self.fields + [("tenancy_type", "")]).status == 303)
        #expect(try test.count("SELECT count(*) FROM accommodation_quarters WHERE tenancy_type IS NULL") == 1)
    }

    @Test func refusesAnotherTenancyTypeBesideTheField() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let person = try test.refer("Robin")
        _ = try coordinator.get("/people/\(person)/accommodation/new")
        let response = try coordinator.post("/people/\(person)/accommodation", Self.fields + [("tenancy_type", "council")])
        #expect(response.status == 422)
        #expect(response.contains("id=\"tenancy_type-error\""))
        #expect(response.contains("Choose social or private for the tenancy, or leave it empty."))
        #expect(response.contains("id=\"own_tenancy\" name=\"own_tenancy\" value=\"60\""))
        #expect(try test.count("SELECT count(*) FROM accommodation_quarters") == 0)
    }
}
