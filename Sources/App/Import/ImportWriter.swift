import Domain
import Foundation
import SQLite

/// Writes checked import rows inside the import's one transaction, matching each on its key
/// and counting what was added, changed or already so. Every write goes through the stores'
/// own functions; the writer decides only what each row means. It remembers each individual
/// a row touched, for the access log.
struct ImportWriter {
    let db: Database
    let file: String
    let userID: Int64?
    let now: Date
    let today: CalendarDate
    var people: [String: (id: Int64, openedOn: CalendarDate?)]
    var trustedKeys: [String: Int64]
    var outcome = ImportOutcome()
    /// The individuals whose rows were compared or written, in the order first touched.
    private(set) var touched: [Int64] = []
    private var touchedSet: Set<Int64> = []

    init(
        db: Database, file: String, userID: Int64?, now: Date, today: CalendarDate,
        people: [String: (id: Int64, openedOn: CalendarDate?)], trustedKeys: [String: Int64]
    ) {
        self.db = db
        self.file = file
        self.userID = userID
        self.now = now
        self.today = today
        self.people = people
        self.trustedKeys = trustedKeys
    }

    /// The note and reason stored with what the import writes.
    var importedNote: String { "Imported from \(file)" }

    mutating func write(_ row: ImportRow) throws {
        let change: ImportChange
        switch row {
        case .person(let person): change = try writePerson(person)
        case .trustedPerson(let person): change = try writeTrustedPerson(person)
        case .trustLink(let link): change = try writeLink(link)
        case .star(let star): change = try writeStar(star)
        case .ndt(let ndt): change = try writeNDT(ndt)
        case .accommodation(let record): change = try writeAccommodation(record)
        case .serviceUse(let record): change = try writeServiceUse(record)
        case .barrier(let barrier): change = try BarrierStore.saveImported(barrier, by: userID, now: now, db)
        case .survey(let survey): change = try writeSurvey(survey)
        case .training(let training): change = try writeTraining(training)
        }
        switch change {
        case .added: outcome.added += 1
        case .changed: outcome.changed += 1
        case .unchanged: outcome.unchanged += 1
        }
    }

    mutating func fail(_ line: Int, _ column: String, _ reason: String) -> ImportChange {
        outcome.errors.append(ImportError(file: file, line: line, column: column, reason: reason))
        return .unchanged
    }

    /// The individual with this reference, remembered as touched by the row being written.
    mutating func person(_ ref: String) -> Int64? {
        guard let id = people[ref]?.id else { return nil }
        if touchedSet.insert(id).inserted { touched.append(id) }
        return id
    }

    private mutating func writePerson(_ row: PersonRow) throws -> ImportChange {
        if let id = person(row.ref) {
            if try IndividualStore.holdsImported(id, row, db) { return .unchanged }
            try IndividualStore.applyImported(id, row, note: importedNote, today: today, by: userID, now: now, db)
            people[row.ref] = (id, row.openedOn)
            return .changed
        }
        let id = try IndividualStore.createImported(row, note: importedNote, today: today, by: userID, now: now, db)
        people[row.ref] = (id, row.openedOn)
        _ = person(row.ref)
        return .added
    }

    private mutating func writeTrustedPerson(_ row: TrustedPersonRow) throws -> ImportChange {
        var organisationID: Int64?
        if let name = row.organisation {
            organisationID = try OrganisationStore.id(named: name, db)
            if organisationID == nil {
                organisationID = try OrganisationStore.create(name: name, sector: .other, pledgeSignedOn: nil, now: now, db)
                outcome.notes.append("added organisation \(name) (sector: other; check it under Organisations)")
            }
        }
        if let id = trustedKeys[row.trustedKey] {
            guard let current = try TrustedPersonStore.find(id: id, db) else { throw AppError.notFound }
            let same = current.name == row.name && current.kind == row.kind && current.organisationID == organisationID
                && current.paid == row.paid
            if same { return .unchanged }
            if let (ref, refusal) = try UnsafeIdentityStore.renameRefusals(trustedPersonID: id, newName: row.name, db).first {
                return fail(row.line, "name", "in \(ref)'s circle: " + UnsafeIdentity.importReason(refusal))
            }
            try TrustedPersonStore.update(
                id, name: row.name, kind: row.kind, organisationID: organisationID, paid: row.paid, userID: current.userID, db)
            return .changed
        }
        trustedKeys[row.trustedKey] = try TrustedPersonStore.create(
            key: row.trustedKey, name: row.name, kind: row.kind, organisationID: organisationID, paid: row.paid, userID: nil, now: now, db)
        return .added
    }
}
