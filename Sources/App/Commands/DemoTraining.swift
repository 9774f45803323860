import Domain
import Foundation
import SQLite

/// The demo's training: sessions of each course over the last two years (providers and places
/// fictional), about half the trusted persons trained in trauma-informed practice at different
/// times (so the network page's coverage climbs quarter by quarter), and needs flagged for
/// Riverside Day Centre's untrained trusted persons by its champion, a coordinator and one
/// trusted person themself, so the champion's home shows training on first sign-in.
enum DemoTraining {
    /// Sessions: course, how many days ago, provider, places.
    static let sessions: [(TrainingCourse, Int, String, Int)] = [
        (.traumaInformedPractice, 640, "Mind in Cambridgeshire", 20),
        (.trustedPersonApproach, 560, "Changing Futures peer trainers", 15),
        (.traumaInformedPractice, 450, "Mind in Cambridgeshire", 20),
        (.traumaInformedPractice, 300, "Fenland Recovery Network", 16),
        (.other, 250, "Safeguarding adults board", 30),
        (.trustedPersonApproach, 180, "Changing Futures peer trainers", 15),
        (.traumaInformedPractice, 120, "Mind in Cambridgeshire", 20),
        (.traumaInformedPractice, 40, "Fenland Recovery Network", 16),
    ]

    static func load(userIDs: [String: Int64], riverside: Int64?, today: CalendarDate, now: Date, _ db: Database) throws {
        guard let coordinator = userIDs["coordinator@demo.example.org"] else { return }
        var held: [TrainingSessionRecord] = []
        for (course, daysAgo, provider, places) in sessions {
            let id = try TrainingSessionStore.create(
                course: course, heldOn: today.adding(days: -daysAgo), provider: provider, places: places, by: coordinator, now: now, db)
            if let session = try TrainingSessionStore.find(id: id, db) { held.append(session) }
        }
        let people = try TrainingPeople.active(db)
        let trauma = held.filter { $0.course == .traumaInformedPractice }
        let approach = held.filter { $0.course == .trustedPersonApproach }
        var attending: [Int64: [Int64]] = [:]
        for (position, person) in people.enumerated() {
            if position % 2 == 0, !trauma.isEmpty { attending[trauma[(position / 2) % trauma.count].id, default: []].append(person.id) }
            if position % 3 == 1, !approach.isEmpty { attending[approach[position % approach.count].id, default: []].append(person.id) }
        }
        for session in held {
            _ = try TrainingSessionStore.attend(
                session: session, trustedPersonIDs: Array((attending[session.id] ?? []).prefix(session.places ?? .max)), by: coordinator,
                now: now, db)
        }
        guard let riverside else { return }
        let champion = userIDs["champion@demo.example.org"]
        let trustedUser = userIDs["trusted@demo.example.org"]
        let trained = try TrainingStore.latestAttendance(organisationID: riverside, course: .traumaInformedPractice, db)
        let untrained = try TrustedPersonStore.inOrganisation(riverside, db).filter { person in
            person.kind == .person && person.leftRoleOn == nil && trained[person.id] == nil
        }
        let notes = ["New in post since the spring", "Asked for it at supervision", ""]
        for (position, person) in untrained.prefix(3).enumerated() {
            let (user, source): (Int64?, TrainingNeedSource) =
                trustedUser != nil && person.userID == trustedUser ? (trustedUser, .trustedPerson)
                : (position == 1 ? (coordinator, .coordinator) : (champion, .champion))
            guard let user else { continue }
            try TrainingNeedStore.flag(
                trustedPersonID: person.id, course: .traumaInformedPractice, note: notes[position], by: user, as: source, now: now, db)
        }
    }
}
