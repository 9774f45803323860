import Domain
import Foundation
import SQLite

/// The champions' part of the demo: pledges in each state, work phone numbers for the
/// directory, requests for help from the demo trusted person (one answered), and an invitation
/// waiting for approval, so a champion's home is full on first sign-in. All fictional.
enum DemoChampions {
    /// Writes the champions' demo data in the demo's transaction.
    static func load(organisationIDs: [String: Int64], userIDs: [String: Int64], today: CalendarDate, now: Date, _ db: Database) throws {
        let pledges: [(String, Int, String)] = [
            ("Riverside Day Centre", -320, "Jo Ellery, Director"),
            ("Fen Edge Housing Association", -90, "Ravi Shah, Chief Executive"),
            ("Nene County Council Adult Services", -400, "Helen Marsh, Head of Adult Services"),
        ]
        for (name, daysAgo, signedBy) in pledges {
            guard let id = organisationIDs[name] else { continue }
            try PledgeStore.renew(organisationID: id, signedOn: today.adding(days: daysAgo), signedBy: signedBy, by: nil, now: now, db)
        }
        for (email, phone) in [("champion@demo.example.org", "01223 555 014"), ("coordinator@demo.example.org", "01733 555 020")] {
            if let id = userIDs[email] { try DirectoryStore.setWorkPhone(userID: id, phone, db) }
        }
        let champion = userIDs["champion@demo.example.org"]
        let riverside = organisationIDs["Riverside Day Centre"]
        if let trusted = userIDs["trusted@demo.example.org"], let me = try TrustedPersonStore.find(userID: trusted, db) {
            let people = try TrustLinkStore.active(heldBy: me.id, db).map(\.individualID)
            if let first = people.first {
                let answered = try HelpRequestStore.create(
                    individualID: first, askedBy: trusted, organisationID: riverside, addressedTo: .champion,
                    text: "Their GP surgery keeps asking for a fixed address before registering them. Who can I talk to?", now: now, db)
                if let champion {
                    try HelpRequestStore.reply(
                        requestID: answered, by: champion, text: "The practice manager can register them at the day centre's address: I will introduce you.",
                        status: .answered, now: now, db)
                }
            }
            if people.count > 1 {
                _ = try HelpRequestStore.create(
                    individualID: people[1], askedBy: trusted, organisationID: riverside, addressedTo: .coordinator,
                    text: "Probation has moved their appointment twice this month; can we get a single contact?", now: now, db)
            }
        }
        if let champion, let riverside {
            _ = try InvitationStore.create(
                organisationID: riverside, displayName: "Lee Marsh", email: "lee.marsh@riverside.demo.example.org", paid: .volunteer,
                by: champion, now: now, db)
        }
        try DemoTraining.load(userIDs: userIDs, riverside: riverside, today: today, now: now, db)
    }
}
