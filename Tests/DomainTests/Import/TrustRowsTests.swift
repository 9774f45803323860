import Domain
import Testing

@Suite struct TrustRowsTests {
    typealias F = ImportFixtures

    @Test func readsATrustedPerson() throws {
        let (rows, errors) = F.read(
            .trustedPeople, F.csv(.trustedPeople, ["organisation": " Jimmy's, Cambridge ", "paid": "paid"]))
        #expect(errors.isEmpty)
        guard case .trustedPerson(let row) = try #require(rows.first) else {
            Issue.record("not a trusted person")
            return
        }
        #expect(row.organisation == "Jimmy's, Cambridge")
        #expect(row.paid == .paid)
        #expect(row.key == .trustedKey("tp-1"))
    }

    @Test func rejectsBadTrustedPersonValues() {
        #expect(
            F.errors(
                .trustedPeople,
                ["key": "", "name": String(repeating: "a", count: 151), "kind": "robot", "paid": "sometimes"]) == [
                    "in.csv:2: key: Use a key of 1 to 100 characters.", "in.csv:2: name: Use 150 characters or fewer.",
                    "in.csv:2: kind: Use one of: person, service; not \"robot\".",
                    "in.csv:2: paid: Use one of: paid, volunteer; not \"sometimes\".",
                ])
    }

    @Test func readsATrustLinkAndItsKey() throws {
        let changes = ["ended_on": "2025-02-01", "end_reason": "handover", "introduced_by": "tp-0", "role": "backup"]
        let (rows, errors) = F.read(.trustLinks, F.csv(.trustLinks, changes))
        #expect(errors.isEmpty)
        guard case .trustLink(let link) = try #require(rows.first) else {
            Issue.record("not a link")
            return
        }
        #expect(link.role == .backup)
        #expect(link.endReason == .handover)
        #expect(link.introducedBy == "tp-0")
        #expect(
            link.key
                == .trustLink(personRef: "CF-0001", trustedKey: "tp-1", startedOn: CalendarDate(iso: "2024-02-01")!))
    }

    @Test func rejectsBadTrustLinkValues() {
        #expect(
            F.errors(.trustLinks, ["role": "friend", "started_on": "", "end_reason": "bored"]) == [
                "in.csv:2: role: Use one of: primary, backup, trusted, interim; not \"friend\".",
                "in.csv:2: started_on: Enter the date.",
                "in.csv:2: end_reason: Use one of: handover, left-role, sickness, individual-choice, safety, other; not \"bored\".",
            ])
    }

    @Test func keepsALinksDatesAndIntroducerSensible() {
        #expect(
            F.errors(.trustLinks, ["ended_on": "2024-01-31", "introduced_by": "tp-1"]) == [
                "in.csv:2: ended_on: The link cannot end before it started.",
                "in.csv:2: introduced_by: A trusted person cannot introduce themselves.",
            ])
        #expect(
            F.errors(.trustLinks, ["end_reason": "safety"]) == [
                "in.csv:2: end_reason: An end reason needs the date the link ended (ended_on)."
            ])
        #expect(F.errors(.trustLinks, ["ended_on": "2024-03-01"]).isEmpty)
    }

    @Test func rejectsADuplicateLinkButNotANewStart() {
        let sample = F.sample(.trustLinks)
        let later = sample.merging(["started_on": "2024-06-01"]) { $1 }
        let (rows, errors) = F.read(.trustLinks, F.csv(.trustLinks, [sample, later, sample]))
        #expect(rows.count == 2)
        #expect(
            errors == [
                "in.csv:4: person_ref: The same person_ref and trusted_key and started_on as line 2 (CF-0001, tp-1, 2024-02-01)."
            ])
    }
}
