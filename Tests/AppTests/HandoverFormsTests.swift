import Domain
import HTTP
import Testing
@testable import App

/// The handover proposal, step and agreement forms decode into typed values or say what is wrong.
@Suite struct HandoverFormsTests {
    static let today = CalendarDate(iso: "2026-03-01")!

    @Test func aGoodProposalFromSomeoneNewDecodes() {
        var errors = FieldErrors()
        let input = HandoverProposalForm.submitted(FormData([
            ("link", "3"), ("someone_new", "8"), ("why_someone_new", "  No one else is near  "), ("outcome", "keep-as-backup"),
        ]))
        let proposal = HandoverProposalForm.decode(input, into: &errors)
        #expect(errors.isEmpty)
        #expect(proposal?.linkID == 3)
        #expect(proposal?.incoming == 8)
        #expect(proposal?.whySomeoneNew == "No one else is near")
        #expect(proposal?.outcome == .keepAsBackup)
    }

    @Test func fromTheCircleNoReasonIsKept() {
        var errors = FieldErrors()
        let input = HandoverProposalForm.submitted(FormData([("link", "3"), ("incoming", "5"), ("why_someone_new", "ignored"), ("outcome", "end")]))
        #expect(HandoverProposalForm.decode(input, into: &errors)?.whySomeoneNew == "")
    }

    @Test func everyBadProposalFieldIsNamed() {
        var errors = FieldErrors()
        let input = HandoverProposalForm.submitted(FormData([("someone_new", "8"), ("outcome", "vanish"), ("different_person", "on")]))
        #expect(HandoverProposalForm.decode(input, into: &errors) == nil)
        #expect(Set(errors.entries.map(\.field)) == ["different_person_note", "link", "why_someone_new", "outcome"])
        var both = FieldErrors()
        _ = HandoverProposalForm.decode(HandoverProposalForm.submitted(FormData([("incoming", "5"), ("someone_new", "8")])), into: &both)
        #expect(both["incoming"] == "Choose one person only.")
    }

    @Test func theNoteStepNeedsTheNote() {
        let empty = HandoverStepForm.submitted(FormData([("stage", "note-written"), ("note", "   ")]))
        #expect(HandoverStepForm.stage(empty) == .noteWritten)
        var errors = FieldErrors()
        #expect(HandoverStepForm.decode(empty, stage: .noteWritten, into: &errors) == nil)
        #expect(errors["note"] != nil)
        var fine = FieldErrors()
        let written = HandoverStepForm.submitted(FormData([("stage", "note-written"), ("note", " She likes mornings ")]))
        #expect(HandoverStepForm.decode(written, stage: .noteWritten, into: &fine)?.note == "She likes mornings")
        #expect(HandoverStepForm.decode(written, stage: .accepted, into: &fine)?.note == nil)
        #expect(HandoverStepForm.stage(HandoverStepForm.submitted(FormData([("stage", "teleported")]))) == nil)
    }

    @Test func theAgreementDecodesThroughTheDomainRules() {
        var errors = FieldErrors()
        let input = HandoverAgreementForm.submitted(FormData([("words", "  Yes, tell Sam  "), ("how_given", "verbal")]))
        let consent = HandoverAgreementForm.decode(input, ticked: ["notes"], incomingName: "Sam", today: Self.today, into: &errors)
        #expect(errors.isEmpty)
        #expect(consent != nil)
        var bad = FieldErrors()
        let empty = HandoverAgreementForm.submitted(FormData([("how_given", "self-service")]))
        #expect(HandoverAgreementForm.decode(empty, ticked: [], incomingName: "Sam", today: Self.today, into: &bad) == nil)
        #expect(Set(bad.entries.map(\.field)) == ["categories", "words", "how_given"])
    }
}
