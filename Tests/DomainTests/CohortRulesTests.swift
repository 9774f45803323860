import Testing
@testable import Domain

@Suite struct EligibilityTests {
    @Test(arguments: 0...5)
    func threeOfFiveIsEligible(count: Int) {
        let eligibility = Eligibility(disadvantages: Disadvantage.allCases.prefix(count), exceptionReason: nil)
        #expect(eligibility.isEligible == (count >= 3))
        #expect(eligibility.count == count)
    }

    @Test func anExceptionWithAReasonMakesSomeoneEligible() {
        let eligibility = Eligibility(disadvantages: [.homelessness], exceptionReason: "  Escalating risk agreed at panel ")
        #expect(eligibility.isEligible)
        #expect(eligibility.summary.contains("Escalating risk agreed at panel"))
        #expect(!Eligibility(disadvantages: [.homelessness], exceptionReason: "   ").isEligible)
    }
}

@Suite struct CaseStatusTests {
    @Test func followsReferredOpenClosedAndReopen() {
        #expect(CaseStatus.referred.canChange(to: .open))
        #expect(CaseStatus.open.canChange(to: .closed))
        #expect(CaseStatus.closed.canChange(to: .open))
        #expect(!CaseStatus.referred.canChange(to: .closed))
        #expect(!CaseStatus.open.canChange(to: .referred))
        #expect(!CaseStatus.open.canChange(to: .open))
    }
}

@Suite struct PersonReferenceTests {
    @Test func formatsWithAtLeastFourDigits() {
        #expect(PersonReference.format(42) == "CF-0042")
        #expect(PersonReference.format(12345) == "CF-12345")
    }

    @Test func readsTheNumberBack() {
        #expect(PersonReference.number(in: "CF-0042") == 42)
        #expect(PersonReference.number(in: "CF-") == nil)
        #expect(PersonReference.number(in: "XX-0042") == nil)
        #expect(PersonReference.number(in: "CF-00a2") == nil)
    }
}

@Suite struct DistrictTests {
    @Test func readsSlugsAndDisplayNames() {
        #expect(District(text: "south-cambridgeshire") == .southCambridgeshire)
        #expect(District(text: " South Cambridgeshire ") == .southCambridgeshire)
        #expect(District(text: "Peterborough")?.countyGroup == .peterborough)
        #expect(District(text: "Fenland")?.countyGroup == .cambridgeshire)
        #expect(District(text: "Norfolk") == nil)
    }
}

@Suite struct ReferralRulesTests {
    let today = CalendarDate(iso: "2026-11-22")!

    func read(_ fields: [String: String]) -> (Referral?, FieldErrors) {
        ReferralRules.read({ fields[$0] }, today: today)
    }

    @Test func readsAFullReferral() throws {
        let (referral, errors) = read([
            "preferred_name": " Jo ", "legal_name": "Joanne Fairbairn", "date_of_birth": "1990-05-01",
            "district": "fenland", "cohort_group": "not-known", "referral_source": "Outreach team",
            "referred_on": "2026-11-01", "homelessness": "on", "homelessness_on": "2026-10-01",
            "mental_health": "on", "offending": "on",
        ])
        #expect(errors.isEmpty)
        let value = try #require(referral)
        #expect(value.preferredName == "Jo")
        #expect(value.disadvantages[.homelessness]?.iso == "2026-10-01")
        #expect(value.disadvantages[.mentalHealth]?.iso == "2026-11-01")
        #expect(value.eligibility.isEligible)
    }

    @Test func explainsEveryBadField() {
        let (referral, errors) = read([
            "preferred_name": "", "date_of_birth": "2015-01-01", "district": "norfolk", "cohort_group": "x",
            "referred_on": "2026-12-25", "homelessness": "on", "homelessness_on": "yesterday",
        ])
        #expect(referral == nil)
        #expect(errors["preferred_name"] != nil)
        #expect(errors["district"] != nil)
        #expect(errors["cohort_group"] != nil)
        #expect(errors["referred_on"] == "The date cannot be in the future.")
        #expect(errors["homelessness_on"] == DateRules.formatMessage)
    }

    @Test func refusesSomeoneUnderEighteen() {
        let (_, errors) = read([
            "preferred_name": "A", "date_of_birth": "2009-11-02", "district": "cambridge",
            "cohort_group": "not-known", "referred_on": "2026-11-01",
        ])
        #expect(errors["date_of_birth"]?.contains("18 or over") == true)
    }

    @Test func countsAgeByBirthday() {
        let birth = CalendarDate(iso: "2000-02-29")!
        #expect(DateRules.age(on: CalendarDate(iso: "2018-02-28")!, bornOn: birth) == 17)
        #expect(DateRules.age(on: CalendarDate(iso: "2018-03-01")!, bornOn: birth) == 18)
    }
}

@Suite struct TrustLinkRulesTests {
    let existing = [
        ExistingLink(trustedPersonID: 1, name: "Sam", role: .primary, status: .active),
        ExistingLink(trustedPersonID: 2, name: "Day centre", role: .trusted, status: .ended),
    ]

    @Test func refusesSomeoneMarkedUnsafeAndSaysWhy() {
        #expect(throws: DomainError.unsafePerson(name: "Lee", reason: "known to harm")) {
            try TrustLinkRules.checkNewLink(candidateID: 9, candidateName: "Lee", role: .trusted, existing: existing, unsafeReason: "known to harm")
        }
        #expect(DomainError.unsafePerson(name: "Lee", reason: "known to harm").description.contains("unsafe"))
    }

    @Test func refusesADuplicateButAllowsSomeoneWhoseLinkEnded() throws {
        #expect(throws: DomainError.alreadyLinked(name: "Sam")) {
            try TrustLinkRules.checkNewLink(candidateID: 1, candidateName: "Sam", role: .trusted, existing: existing, unsafeReason: nil)
        }
        try TrustLinkRules.checkNewLink(candidateID: 2, candidateName: "Day centre", role: .trusted, existing: existing, unsafeReason: nil)
    }

    @Test func refusesASecondActivePrimary() {
        #expect(throws: DomainError.primaryAlreadyActive(name: "Sam")) {
            try TrustLinkRules.checkNewLink(candidateID: 3, candidateName: "Kim", role: .primary, existing: existing, unsafeReason: nil)
        }
    }

    @Test func flagsPeopleWithOnlyInterimCover() {
        #expect(TrustLinkRules.needsTrustedPerson([]))
        #expect(TrustLinkRules.needsTrustedPerson([ExistingLink(trustedPersonID: 5, name: "Coordinator", role: .interim, status: .active)]))
        #expect(!TrustLinkRules.needsTrustedPerson(existing))
    }
}

@Suite struct HandoverStageTests {
    @Test func movesOneStepAtATime() throws {
        var stage = HandoverStage.proposed
        var visited = [stage]
        while let next = stage.next {
            try stage.checkStep(to: next)
            stage = next
            visited.append(stage)
        }
        #expect(visited == [.proposed, .agreed, .noteWritten, .accepted, .completed])
    }

    @Test func cannotSkipStepsOrReopen() {
        #expect(throws: DomainError.self) { try HandoverStage.proposed.checkStep(to: .accepted) }
        #expect(throws: DomainError.self) { try HandoverStage.completed.checkStep(to: .cancelled) }
        #expect(throws: DomainError.self) { try HandoverStage.cancelled.checkStep(to: .proposed) }
    }

    @Test func canBeCancelledBeforeItCompletes() throws {
        try HandoverStage.noteWritten.checkStep(to: .cancelled)
    }
}

@Suite struct IndividualAccessTests {
    let policy = AccessPolicy()

    @Test func coordinatorsSeeEveryRecord() {
        #expect(policy.mayViewIndividual([.coordinator], IndividualRelation()))
    }

    @Test func trustedPersonsSeeOnlyThoseWithAnActiveLink() {
        #expect(policy.mayViewIndividual([.trustedPerson], IndividualRelation(hasActiveLink: true)))
        #expect(!policy.mayViewIndividual([.trustedPerson], IndividualRelation(hasActiveLink: false)))
    }

    @Test func championsAndManagersSeeNoRecordThroughThoseRoles() {
        #expect(!policy.mayViewIndividual([.champion, .manager], IndividualRelation(hasActiveLink: true, isOwnRecord: false)))
    }
}
