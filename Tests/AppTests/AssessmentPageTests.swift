import Domain
import Foundation
import Testing
@testable import App

@Suite struct AssessmentPageTests {
    static let ndtForm: [(String, String)] = [("assessed_on", "2026-03-01")]
        + NDTItem.allCases.map { ($0.rawValue, "3") }
    static let starForm: [(String, String)] = [("assessed_on", "2026-03-01"), ("took_part", "Robin and Sam")]
        + StarArea.allCases.map { ($0.rawValue, "4") }

    @Test func aCoordinatorRecordsAnNDTAndSeesTheWeightedTotalAndCopyright() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let person = try test.refer("Robin")
        try coordinator.get("/people/\(person)/ndt/new")
        #expect(try coordinator.post("/people/\(person)/ndt", Self.ndtForm).status == 303)
        let page = try coordinator.get("/people/\(person)/progress")
        #expect(page.contains("weighted total 36 of 48"))
        #expect(page.contains(NDTAssessment.copyrightNotice.replacingOccurrences(of: "'", with: "&#39;")))
        #expect(page.contains("<svg"))
    }

    @Test func aBadAssessmentIsExplainedKeptAndNotStored() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let person = try test.refer("Robin")
        try coordinator.get("/people/\(person)/ndt/new")
        var fields = Self.ndtForm.filter { $0.0 != "stress" && $0.0 != "assessed_on" && $0.0 != "housing" }
        fields += [("assessed_on", "2025-01-01"), ("housing", "7")]
        let response = try coordinator.post("/people/\(person)/ndt", fields)
        #expect(response.status == 422)
        #expect(response.contains("Choose a rating from 0 to 4 for stress and anxiety."))
        #expect(response.contains("The assessment cannot be dated before the referral"))
        #expect(response.contains("7 is out of range: rate housing from 0 to 4."))
        #expect(response.contains("id=\"engagement-3\" name=\"engagement\" value=\"3\" checked"))
        #expect(try test.count("SELECT count(*) FROM ndt_assessments") == 0)
    }

    @Test func aCorrectionKeepsTheOldVersionAndWhoChangedIt() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let person = try test.refer("Robin")
        try coordinator.get("/people/\(person)/star/new")
        #expect(try coordinator.post("/people/\(person)/star", Self.starForm).status == 303)
        let id = try test.count("SELECT reading_id FROM star_readings")
        try coordinator.get("/people/\(person)/star/\(id)/correct")
        let noReason = try coordinator.post("/people/\(person)/star/\(id)/correct", Self.starForm)
        #expect(noReason.status == 422)
        #expect(noReason.contains("Say what was wrong"))
        var corrected = Self.starForm.filter { $0.0 != "money" }
        corrected += [("money", "6"), ("change_reason", "Money was mis-keyed as 4")]
        #expect(try coordinator.post("/people/\(person)/star/\(id)/correct", corrected).status == 303)
        #expect(try test.count("SELECT count(*) FROM star_readings WHERE reading_id = \(id)") == 2)
        let page = try coordinator.get("/people/\(person)/progress")
        #expect(page.contains("corrected (version 2: Money was mis-keyed as 4)"))
    }

    @Test func accommodationCannotExceedTheQuartersDays() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let person = try test.refer("Robin")
        try coordinator.get("/people/\(person)/accommodation/new")
        var fields = AccommodationSetting.allCases.map { ($0.rawValue, "0") }
        fields = fields.map { $0.0 == "rough_sleeping" ? ($0.0, "60") : ($0.0 == "night_shelter" ? ($0.0, "40") : $0) }
        let response = try coordinator.post("/people/\(person)/accommodation", fields + [("support_quarter", "1")])
        #expect(response.status == 422)
        #expect(response.contains("The nights add up to 100"))
        #expect(try test.count("SELECT count(*) FROM accommodation_quarters") == 0)
        let fine = fields.map { $0.0 == "night_shelter" ? ($0.0, "20") : $0 }
        #expect(try coordinator.post("/people/\(person)/accommodation", fine + [("support_quarter", "1")]).status == 303)
        #expect(try coordinator.get("/people/\(person)/progress").contains("accommodation-chart"))
    }

    @Test func assessmentsAreSharedOnlyWhereConsentAllows() throws {
        let test = try TestApp()
        let (client, sam) = try test.signedInTrustedPerson()
        let person = try test.refer("Robin")
        try test.link(person, sam)
        try test.addStar(person, every: 7)
        let hidden = try client.get("/people/\(person)/progress")
        #expect(hidden.contains("has not agreed to share their assessments with you"))
        #expect(!hidden.contains("<svg"))
        try test.consent(person, to: .trustedPerson(sam), [.assessments])
        #expect(try client.get("/people/\(person)/progress").contains("star-chart"))
        #expect(try client.get("/people/\(person)/ndt/new").status == 403)
    }

    @Test func thePersonSeesTheirProgressInPlainWords() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        try test.addStar(person, every: 3)
        try test.addStar(person, every: 6, on: TestApp.referralDate.adding(days: 90))
        let robin = try test.signedInAsThePerson(person)
        let page = try robin.get("/me/progress")
        #expect(page.contains("6 of 10: Believing"))
        #expect(page.contains("Up from 3"))
    }

    @Test func theDemoCohortHasAssessmentsWithChange() throws {
        let test = try TestApp()
        _ = try DemoData.load(test.app.services, now: test.now)
        #expect(try test.count("SELECT count(DISTINCT individual_id) FROM star_readings") >= 60)
        #expect(try test.count("SELECT count(*) FROM accommodation_quarters") >= 100)
        #expect(try test.count("SELECT count(*) FROM service_use_quarters WHERE support_quarter = 0") >= 60)
        let improved = try test.count("""
            SELECT count(*) FROM (SELECT individual_id, min(assessed_on) AS first, max(assessed_on) AS last FROM star_readings GROUP BY individual_id HAVING first < last) p
            WHERE (SELECT motivation + self_care + money FROM star_readings WHERE individual_id = p.individual_id AND assessed_on = p.last)
                > (SELECT motivation + self_care + money FROM star_readings WHERE individual_id = p.individual_id AND assessed_on = p.first)
            """)
        #expect(improved >= 20)
    }
}

@Suite struct AssessmentDueFilterTests {
    @Test func theCaseloadFlagsPeopleWithNoRecentAssessmentOrAFollowUpDue() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let today = LondonTime.today(test.now)
        let recent = try test.refer("Recently Assessed")
        try test.refer("Never Assessed")
        let followUp = try test.refer("Follow Up Due")
        try test.refer("Only Referred", open: false)
        try test.addStar(recent, every: 5, on: today.adding(days: -20))
        try test.addStar(followUp, every: 5, on: today.adding(days: -300))
        try test.addStar(followUp, every: 5, on: today.adding(days: -30))
        let due = try coordinator.get("/caseload?assessment_due=1")
        #expect(due.contains("Never Assessed"))
        #expect(due.contains("Follow Up Due"))
        #expect(!due.contains("Recently Assessed"))
        #expect(!due.contains("Only Referred"))
    }
}
