import Domain
import Foundation
import SQLite

/// The two questions a form asks when a typed name is not new: "This is a different person"
/// (with a note, when the name matches someone recorded as unsafe for the individual) and
/// "Create anyway" (when the register already holds that name in the same organisation).
///
/// Why: PRODUCT.md, "Trust network": the unsafe marking is about the person, not one record,
/// and is set aside only when a coordinator records that it is someone else; and the register
/// warns before it holds the same person twice. Only coordinators reach these forms
/// (`Permission.workCaseload`), so only coordinators can confirm.
struct IdentityQuestions {
    /// The form fields the questions use; `offer_*` keep a question on the form once asked.
    static let fields = ["different_person", "different_person_note", "create_anyway", "offer_different_person", "offer_create_anyway"]

    /// The coordinator's note that this is a different person, or nil when they have not confirmed it.
    let differentPersonNote: String?
    /// Whether the coordinator asked to add a name the register already holds.
    let createAnyway: Bool

    /// Reads the answers; a ticked "different person" without a note is explained beside the note.
    static func read(_ input: [String: String], into errors: inout FieldErrors) -> IdentityQuestions {
        let ticked = !(input["different_person"] ?? "").isEmpty
        let note = (input["different_person_note"] ?? "").trimmingWhitespace()
        if ticked, note.isEmpty {
            errors.add("different_person_note", "Say how you know this is a different person: it is recorded on their record.")
        }
        if note.count > 500 { errors.add("different_person_note", "Keep the note to 500 characters or fewer.") }
        return IdentityQuestions(
            differentPersonNote: ticked && !note.isEmpty && note.count <= 500 ? note : nil,
            createAnyway: !(input["create_anyway"] ?? "").isEmpty)
    }

    /// The refusal or warning for a name typed for someone new, before anything is stored: a
    /// match with someone recorded as unsafe for the individual (refused unless confirmed), then
    /// the same name in the same organisation (warned unless "create anyway"). The answer is
    /// the message for the name field and the `offer_*` field to set so the form asks the question.
    func problem(
        newName name: String, organisationID: Int64?, individualID: Int64?, _ db: Database
    ) throws -> (message: String, offer: String)? {
        var marked = Set<Int64>()
        if let individualID {
            let markings = try UnsafeIdentityStore.markings(individualID, db)
            marked = Set(markings.map(\.trustedPersonID))
            let matches = UnsafeIdentity.unconfirmedNameMatches(candidateID: nil, candidateName: name, markings: markings, confirmed: [])
            if let match = matches.first, differentPersonNote == nil {
                let refusal = DomainError.unsafeNameMatch(name: name, markedName: match.name, reason: match.reason)
                return (refusal.description, "offer_different_person")
            }
        }
        guard !createAnyway,
              let existing = try TrustedPersonStore.sameName(name, organisationID: organisationID, db).first(where: { !marked.contains($0.id) })
        else { return nil }
        let described = existing.name + (existing.organisationName.map { " (\($0))" } ?? "")
        return ("\(described) is already in the register. Use their entry instead, "
            + "or tick \u{201C}Create anyway\u{201D} if this is someone else.", "offer_create_anyway")
    }
}
