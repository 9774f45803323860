import Domain
import Testing

@Suite struct ImportKindTests {
    @Test func namesTheTenKindsAsTheContractDoes() {
        #expect(
            ImportKind.allCases.map(\.rawValue) == [
                "people", "trusted-people", "trust-links", "star", "ndt", "accommodation", "service-use", "barriers",
                "survey", "training",
            ])
    }

    @Test func listsThePeopleColumnsWithTheOptionalOnesMarked() {
        #expect(
            ImportKind.people.requiredColumns == [
                "ref", "preferred_name", "district", "cohort_group", "status", "homelessness", "mental_health",
                "substance_misuse", "domestic_abuse", "offending",
            ])
        #expect(
            ImportKind.people.optionalColumns == [
                "legal_name", "date_of_birth", "referral_source", "opened_on", "closed_on", "closure_reason", "referred_on",
            ])
    }

    @Test func listsTheOutcomesFrameworkColumns() {
        #expect(ImportKind.accommodation.optionalColumns == ["tenancy_type"])
        #expect(ImportKind.survey.requiredColumns == ["person_ref", "answered_on"])
        #expect(
            ImportKind.survey.optionalColumns == [
                "told_story_more_than_once", "turned_away", "progress_on_priority", "voice_heard", "in_control",
                "intake_satisfaction",
            ])
        #expect(ImportKind.survey.keyColumns == ["person_ref", "answered_on"])
        #expect(ImportKind.training.allColumns == ["trusted_key", "course", "attended_on"])
        #expect(ImportKind.training.keyColumns == ["trusted_key", "course", "attended_on"])
        #expect(ImportKind.survey.informationCategories == [.story])
        #expect(ImportKind.training.informationCategories.isEmpty)
    }

    @Test func listsTheOtherKindsColumns() {
        #expect(ImportKind.trustedPeople.allColumns == ["key", "name", "kind", "organisation", "paid"])
        #expect(ImportKind.trustedPeople.optionalColumns == ["organisation"])
        #expect(ImportKind.trustLinks.optionalColumns == ["ended_on", "end_reason", "introduced_by"])
        #expect(ImportKind.star.requiredColumns.count == 12)
        #expect(ImportKind.ndt.requiredColumns.count == 12)
        #expect(ImportKind.ndt.optionalColumns == ["period_note"])
        #expect(ImportKind.accommodation.requiredColumns.count == 10)
        #expect(ImportKind.serviceUse.requiredColumns.count == 8)
        #expect(
            ImportKind.barriers.optionalColumns == [
                "level", "action_plan_on", "escalated_on", "resolved_on", "organisations",
            ])
    }

    @Test func namesTheKeyColumns() {
        #expect(ImportKind.people.keyColumns == ["ref"])
        #expect(ImportKind.trustedPeople.keyColumns == ["key"])
        #expect(ImportKind.trustLinks.keyColumns == ["person_ref", "trusted_key", "started_on"])
        #expect(ImportKind.ndt.keyColumns == ["person_ref", "assessed_on"])
        #expect(ImportKind.serviceUse.keyColumns == ["person_ref", "support_quarter"])
        #expect(ImportKind.barriers.keyColumns == ["ref"])
    }
}
