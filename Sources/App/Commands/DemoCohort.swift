import Domain
import Foundation
import SQLite

/// A realistic fictional cohort for the demo: about 120 people across the districts, with
/// circles of trust that grew over time, completed handovers, interim cover, a few people
/// recorded as unsafe, contacts and meetings. Every name is invented.
struct DemoCohort {
    static let size = 120
    static let firstNames = [
        "Alex", "Bea", "Cal", "Dani", "Eli", "Frankie", "Gus", "Hana", "Ira", "Jem", "Kit", "Lou", "Mo", "Nell", "Ossie",
        "Pip", "Quin", "Rae", "Sid", "Tam", "Uma", "Vic", "Wren", "Xan", "Yas", "Zed", "Ash", "Bo", "Cass", "Dee",
    ]
    static let surnames = [
        "Ashdown", "Brackley", "Cotton", "Dunmore", "Elsworth", "Fennick", "Gedney", "Holme", "Ickleton", "Jessop",
        "Kenning", "Lolham", "Marholm", "Nene", "Orton", "Parson", "Quy", "Ramsey", "Stretham", "Thorney",
    ]
    static let services = [
        "Riverside Day Centre", "Wisbech Foodbank Café", "Ouse Valley Recovery Hub", "Millfield Pharmacy", "St Ives Drop-in",
        "Peterborough Women's Space", "Fen Edge Tenancy Team", "March Community Kitchen",
    ]
    static let workers = [
        "Sam Whitlock", "Kim Orchard", "Lou Barnack", "Jay Feltwell", "Robin Haddon", "Toni Upware", "Mel Prickwillow",
        "Chris Soham", "Nat Chatteris", "Jules Yaxley", "Avery Eye", "Morgan Glinton", "Drew Coates", "Rowan Doddington",
        "Sky Benwick", "Charlie Manea", "Harper Wimblington", "Reese Elm",
    ]

    var random = DemoRandom(seed: 20_261_122)
    let today: CalendarDate
    let now: Date
    let coordinatorUserID: Int64?

    /// Writes the cohort inside the caller's transaction; returns how many people it added.
    mutating func load(organisationIDs: [Int64], trustedAccountUserID: Int64?, coordinatorAccount: UserRecord?, _ db: Database) throws -> Int {
        var workerIDs: [Int64] = []
        for (index, name) in Self.workers.enumerated() {
            workerIDs.append(try TrustedPersonStore.create(
                name: name, kind: .person, organisationID: organisationIDs.isEmpty ? nil : organisationIDs[index % organisationIDs.count],
                paid: index % 5 == 4 ? .volunteer : .paid, userID: index == 0 ? trustedAccountUserID : nil, now: now, db))
        }
        var serviceIDs: [Int64] = []
        for name in Self.services {
            serviceIDs.append(try TrustedPersonStore.create(name: name, kind: .service, organisationID: nil, paid: .paid, userID: nil, now: now, db))
        }
        let interimID = try coordinatorAccount.map { try TrustedPersonStore.ensure(forUser: $0, now: now, db) }
        for index in 0..<Self.size {
            try addPerson(index, workers: workerIDs, services: serviceIDs, interimID: interimID, db)
        }
        return Self.size
    }

    private mutating func addPerson(_ index: Int, workers: [Int64], services: [Int64], interimID: Int64?, _ db: Database) throws {
        let referredOn = today.adding(days: -Int.random(in: 20...1_100, using: &random))
        let count = random.chance(0.1) ? 2 : Int.random(in: 3...5, using: &random)
        let kinds = Disadvantage.allCases.shuffled(using: &random).prefix(count)
        let district = random.pick([District.cambridge, .cambridge, .eastCambridgeshire, .fenland, .fenland, .huntingdonshire,
                                    .southCambridgeshire, .peterborough, .peterborough, .peterborough])
        let referral = Referral(
            preferredName: "\(Self.firstNames[index % Self.firstNames.count]) \(random.pick(Self.surnames))",
            dateOfBirth: today.adding(days: -365 * Int.random(in: 19...64, using: &random) - Int.random(in: 0...364, using: &random)),
            district: district, cohortGroup: random.pick(CohortGroup.allCases),
            referralSource: random.pick(["Street outreach", "Probation", "A&E liaison", "Housing options", "Self-referral", "GP"]),
            referredOn: referredOn,
            disadvantages: Dictionary(uniqueKeysWithValues: kinds.map { ($0, referredOn.adding(days: -Int.random(in: 0...60, using: &random))) }))
        let id = try IndividualStore.create(referral, consent: .givenVerbally, by: coordinatorUserID, now: now, db).id
        if count < 3 {
            try IndividualStore.setEligibilityException(id, "Agreed at the multi-agency panel: risks rising quickly", now: now, db)
        }
        guard random.chance(0.9) else { return }
        let openedOn = min(today, referredOn.adding(days: Int.random(in: 5...40, using: &random)))
        try IndividualStore.changeStatus(id, to: .open, on: openedOn, reason: nil, note: "", by: coordinatorUserID, now: now, db)
        try growCircle(id, openedOn: openedOn, workers: workers, services: services, interimID: interimID, db)
        try addContacts(id, from: openedOn, db)
        if random.chance(0.85) {
            try DemoAssessments(today: today, now: now, userID: coordinatorUserID).add(id, openedOn: openedOn, random: &random, db)
        }
        try renewCoordinationConsent(id, referredOn: referredOn, db)
        if random.chance(0.12), today.days(since: openedOn) > 200 {
            let closedOn = openedOn.adding(days: Int.random(in: 180...today.days(since: openedOn), using: &random))
            try IndividualStore.changeStatus(
                id, to: .closed, on: closedOn, reason: random.pick([.noLongerNeedsSupport, .movedToOtherSupport, .disengaged, .movedOutOfArea]),
                note: "", by: coordinatorUserID, now: now, db)
        }
    }

    /// A circle that grows: a first trusted person found at the collective discussion, then
    /// people and services they introduce; sometimes a handover, interim cover, or an unsafe marking.
    private mutating func growCircle(_ id: Int64, openedOn: CalendarDate, workers: [Int64], services: [Int64], interimID: Int64?, _ db: Database) throws {
        let span = max(1, today.days(since: openedOn))
        if random.chance(0.12), let interimID {
            try link(id, interimID, .interim, on: openedOn, introducedBy: nil, how: "Coordinator stepped in while no one is trusted yet.", db)
            return
        }
        if random.chance(0.05) { return }
        if random.chance(0.04) {
            let unsafe = random.pick(workers)
            try TrustLinkStore.markUnsafe(
                individualID: id, trustedPersonID: unsafe, reason: "Safeguarding concern raised at the collective discussion",
                by: coordinatorUserID, now: now, today: openedOn, db)
        }
        var firstID = random.pick(workers)
        while try UnsafeIdentityStore.refusal(individualID: id, trustedPersonID: firstID, db) != nil { firstID = random.pick(workers) }
        let firstStart = openedOn.adding(days: Int.random(in: 0...min(60, span), using: &random))
        let firstLink = try link(id, firstID, .primary, on: firstStart, introducedBy: nil,
                                 how: "Named by the person at the collective discussion; services agreed.", db)
        if random.chance(0.8) {
            _ = try ConsentStore.record(
                individualID: id, recipient: .trustedPerson(firstID), categories: [.story, .plan, .housing, .assessments, .notes],
                purpose: "So my trusted person can act on what I told them", method: .verbal, givenOn: firstStart,
                reviewBy: max(ConsentPolicy.defaultReviewDate(givenOn: firstStart), today.adding(days: 60)), by: coordinatorUserID, now: now, db)
        }
        var introducer = firstID
        var circle = [firstID]
        for step in 0..<Int.random(in: 0...4, using: &random) {
            let candidate = step % 2 == 0 ? random.pick(services) : random.pick(workers)
            guard !circle.contains(candidate), try UnsafeIdentityStore.refusal(individualID: id, trustedPersonID: candidate, db) == nil else { continue }
            let start = firstStart.adding(days: min(span, 30 * (step + 1) + Int.random(in: 0...40, using: &random)))
            guard start <= today else { break }
            try link(id, candidate, step == 0 ? .backup : .trusted, on: start, introducedBy: introducer,
                     how: "Introduced by someone the person already trusts.", db)
            circle.append(candidate)
            if random.chance(0.5) { introducer = candidate }
        }
        if circle.count > 1, random.chance(0.2), today.days(since: firstStart) > 120 {
            try handOver(id, from: firstLink, to: circle[1], on: firstStart.adding(days: Int.random(in: 90...today.days(since: firstStart), using: &random)), db)
        }
    }

    private mutating func handOver(_ id: Int64, from linkID: Int64, to incoming: Int64, on day: CalendarDate, _ db: Database) throws {
        guard let outgoing = try TrustLinkStore.find(id: linkID, db) else { return }
        let handoverID = try HandoverStore.create(
            individualID: id, outgoingLinkID: linkID, incomingTrustedPersonID: incoming, fromNetwork: true, whySomeoneNew: "",
            outcome: random.chance(0.5) ? .keepAsBackup : .end, bulkHandoverID: nil, by: coordinatorUserID, now: now, db)
        var handover = try HandoverStore.find(id: handoverID, db)
        for stage in [HandoverStage.agreed, .noteWritten, .accepted, .completed] {
            guard let current = handover else { return }
            try HandoverStore.advance(
                current, to: stage, note: stage == .noteWritten ? "Planned with the person. \(outgoing.trustedPersonName) is changing jobs." : nil,
                by: coordinatorUserID, now: now, today: day, db)
            handover = try HandoverStore.find(id: handoverID, db)
        }
    }

    @discardableResult
    private func link(_ id: Int64, _ trustedPersonID: Int64, _ role: TrustRole, on day: CalendarDate, introducedBy: Int64?, how: String, _ db: Database) throws -> Int64 {
        try TrustLinkStore.add(
            NewTrustLink(trustedPersonID: trustedPersonID, role: role, status: .active, confirmed: role != .interim, howItCameAbout: how,
                         individualsWords: "", introducedBy: introducedBy, startedOn: day),
            individualID: id, by: coordinatorUserID, now: now, db)
    }

    /// Consent is reviewed each year; the demo keeps the coordination team's in force.
    private mutating func renewCoordinationConsent(_ id: Int64, referredOn: CalendarDate, _ db: Database) throws {
        var given = referredOn
        while ConsentPolicy.defaultReviewDate(givenOn: given) < today {
            given = ConsentPolicy.defaultReviewDate(givenOn: given).adding(days: -Int.random(in: 0...20, using: &random))
            _ = try ConsentStore.record(
                individualID: id, recipient: .coordinationTeam, categories: Set(InformationCategory.allCases),
                purpose: IndividualStore.coordinationPurpose, method: .verbal, givenOn: given,
                reviewBy: ConsentPolicy.defaultReviewDate(givenOn: given), by: coordinatorUserID, now: now, db)
        }
    }

    private mutating func addContacts(_ id: Int64, from openedOn: CalendarDate, _ db: Database) throws {
        let span = today.days(since: openedOn)
        guard span > 0 else { return }
        for _ in 0..<Int.random(in: 0...6, using: &random) {
            try ContactStore.addContact(
                individualID: id, on: openedOn.adding(days: Int.random(in: 0...span, using: &random)), kind: random.pick(ContactKind.allCases),
                trustedPersonID: nil, servicesInvolved: random.pick(["", "GP surgery", "Housing options", "Probation", "Drug and alcohol service"]),
                category: random.pick([.notes, .housing, .health, .plan]),
                note: random.pick(["Met for coffee and talked through the week.", "Went with them to the housing appointment.",
                                   "Phone check-in; feeling low but safe.", "Helped fill in a benefits form."]),
                by: coordinatorUserID, now: now, db)
        }
        if random.chance(0.3) {
            try ContactStore.addMeeting(
                individualID: id, on: openedOn.adding(days: Int.random(in: 0...span, using: &random)),
                organisationsPresent: "Housing options, Probation, Ouse Valley Recovery Service", coordinatedBy: nil,
                actions: "Housing to confirm a room; probation to move appointments to mornings.", by: coordinatorUserID, now: now, db)
        }
    }
}
