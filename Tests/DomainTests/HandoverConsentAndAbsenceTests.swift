import Testing
@testable import Domain

@Suite struct HandoverConsentTests {
    let today = CalendarDate(iso: "2026-11-18")!

    @Test func aGoodAgreementIsReadWithTheDefaultReviewYear() throws {
        var errors = FieldErrors()
        let consent = try #require(HandoverConsent.parse(
            categories: ["story", "plan"], words: "Kim can know.", method: "verbal", reviewBy: "", incomingName: "Kim", today: today,
            into: &errors))
        #expect(errors.isEmpty)
        #expect(consent.categories == [.story, .plan])
        #expect(consent.reviewBy == CalendarDate(iso: "2027-11-18"))
        #expect(consent.method == .verbal)
    }

    @Test func eachBadFieldGetsItsOwnMessage() {
        var errors = FieldErrors()
        let consent = HandoverConsent.parse(
            categories: ["story", "secrets"], words: "", method: "self-service", reviewBy: "2026-11-18", incomingName: "Kim",
            today: today, into: &errors)
        #expect(consent == nil)
        #expect(errors["categories"] != nil)
        #expect(errors["words"] != nil)
        #expect(errors["how_given"] != nil)
        #expect(errors["review_by"] == "The review date must be after today.")
    }

    @Test func theStartingPointIsWhatTheOutgoingPersonOrTheirOrganisationHasInForce() {
        let given = CalendarDate(iso: "2026-01-05")!
        func grant(_ id: Int64, _ recipient: ConsentRecipient, _ categories: Set<InformationCategory>, withdrawn: Bool = false) -> ConsentGrant {
            ConsentGrant(
                id: id, recipient: recipient, categories: categories, givenOn: given, reviewBy: given.adding(months: 12),
                withdrawnOn: withdrawn ? given.adding(days: 10) : nil)
        }
        let consents = [
            grant(1, .trustedPerson(7), [.story]), grant(2, .organisation(3), [.plan]), grant(3, .trustedPerson(8), [.health]),
            grant(4, .trustedPerson(7), [.justice], withdrawn: true), grant(5, .coordinationTeam, [.notes]),
        ]
        #expect(HandoverConsent.startingPoint(consents, outgoing: 7, organisationID: 3, today: today) == [.story, .plan])
        #expect(HandoverConsent.startingPoint(consents, outgoing: 7, organisationID: nil, today: today) == [.story])
    }
}

@Suite struct AbsenceRulesTests {
    @Test func theExpectedReturnCannotComeBeforeTheStart() {
        var errors = FieldErrors()
        AbsenceRules.check(from: CalendarDate(iso: "2026-12-10"), expectedReturn: CalendarDate(iso: "2026-12-01"), into: &errors)
        #expect(errors["expected_return"] != nil)
        var fine = FieldErrors()
        AbsenceRules.check(from: CalendarDate(iso: "2026-12-10"), expectedReturn: CalendarDate(iso: "2026-12-10"), into: &fine)
        #expect(fine.isEmpty)
    }

    @Test func anAbsenceIsCurrentFromItsStartUntilTheReturnIsRecorded() {
        let start = CalendarDate(iso: "2026-12-10")!
        let open = Absence(id: 1, trustedPersonID: 2, kind: .leave, from: start, expectedReturn: start.adding(days: 14), returnedOn: nil)
        #expect(!open.isCurrent(today: start.adding(days: -1)))
        #expect(open.isCurrent(today: start))
        #expect(open.isCurrent(today: start.adding(days: 30)))
        let ended = Absence(id: 1, trustedPersonID: 2, kind: .leave, from: start, expectedReturn: start, returnedOn: start.adding(days: 3))
        #expect(!ended.isCurrent(today: start.adding(days: 1)))
    }
}
