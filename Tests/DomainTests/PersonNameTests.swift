import Testing
@testable import Domain

@Suite struct PersonNameTests {
    @Test(arguments: [
        ("Kyle O'Brien", "kyleobrien"),
        ("Kyle  O'Brien", "kyleobrien"),
        ("kyle o’brien", "kyleobrien"),
        ("Kylé O'Brien", "kyleobrien"),
        ("  KYLE\tO BRIEN \n", "kyleobrien"),
        ("Kyle O.Brien", "kyleobrien"),
        ("Zoë Ann-Marie", "zoeannmarie"),
        ("ＫＹＬＥ", "kyle"),
        ("Søren Łukasz", "sorenlukasz"),
        ("Straße", "strasse"),
        ("İlker Işık", "ilkerisik"),
        ("Ex-partner Kyle", "expartnerkyle"),
        ("Flat 3b", "flat3b"),
        ("Renée", "renee"),
        ("Rene\u{0301}e", "renee"),
    ])
    func matchKeyFoldsCaseSpacingPunctuationAndAccents(name: String, key: String) {
        #expect(PersonName.matchKey(name) == key)
    }

    @Test(arguments: [
        ("Kyle  O'Brien", "kyle o’brien"),
        ("kyle o’brien", "Kylé O'Brien"),
        ("Ex-partner Kyle", "ex partner kyle"),
        ("ANNE-MARIE", "Anne Marie"),
        ("Renée", "Rene\u{0301}e"),
    ])
    func namesTheCoordinatorWouldCallTheSameMatch(first: String, second: String) {
        #expect(PersonName.same(first, second))
    }

    @Test(arguments: [
        ("Kyle O'Brien", "Kyle"),
        ("Kyle O'Brien", "Kylie O'Brien"),
        ("Sam", "Pam"),
        ("", ""),
        ("'", "-"),
    ])
    func differentOrEmptyNamesDoNotMatch(first: String, second: String) {
        #expect(!PersonName.same(first, second))
    }
}

@Suite struct UnsafeIdentityTests {
    let kyle = UnsafeMarking(id: 1, trustedPersonID: 10, name: "Ex-partner Kyle", reason: "Police marker")

    @Test func theMarkedRecordItselfIsAlwaysRefusedEvenWhenConfirmed() {
        let refusal = UnsafeIdentity.refusal(candidateID: 10, candidateName: "Ex-partner Kyle", markings: [kyle], confirmed: [1])
        #expect(refusal == .unsafePerson(name: "Ex-partner Kyle", reason: "Police marker"))
    }

    @Test func anotherRecordWithTheSameNameIsRefusedWithTheMarkedNameAndReason() {
        let refusal = UnsafeIdentity.refusal(candidateID: 11, candidateName: "ex partner  KYLE", markings: [kyle], confirmed: [])
        #expect(refusal == .unsafeNameMatch(name: "ex partner  KYLE", markedName: "Ex-partner Kyle", reason: "Police marker"))
        #expect(refusal?.description.contains("This name matches Ex-partner Kyle, recorded as unsafe for this person (Police marker)") == true)
    }

    @Test func aConfirmedDifferentPersonOrADifferentNameIsNotRefused() {
        #expect(UnsafeIdentity.refusal(candidateID: 11, candidateName: "Ex-partner Kyle", markings: [kyle], confirmed: [1]) == nil)
        #expect(UnsafeIdentity.refusal(candidateID: 12, candidateName: "Kyle Smith", markings: [kyle], confirmed: []) == nil)
        #expect(UnsafeIdentity.refusal(candidateID: nil, candidateName: "Sam", markings: [], confirmed: []) == nil)
    }

    @Test func someoneNotYetInTheRegisterIsMatchedByNameOnly() {
        let matches = UnsafeIdentity.unconfirmedNameMatches(candidateID: nil, candidateName: "Ex Partner Kyle", markings: [kyle], confirmed: [])
        #expect(matches == [kyle])
    }

    @Test func importReasonsSayWhyAndWhatToDo() {
        #expect(UnsafeIdentity.importReason(.unsafePerson(name: "Lee", reason: "Concern")) == "recorded as unsafe for this person (Concern); they cannot be linked")
        let reason = UnsafeIdentity.importReason(.unsafeNameMatch(name: "Kyle", markedName: "KYLE", reason: "Concern"))
        #expect(reason.hasPrefix("Kyle has the same name as KYLE, recorded as unsafe for this person (Concern)"))
    }
}

@Suite struct OpeningEligibilityTests {
    @Test(arguments: 0...5)
    func aCaseOpensOnlyWithThreeDisadvantagesOrAnException(count: Int) {
        let plain = Eligibility(disadvantages: Disadvantage.allCases.prefix(count), exceptionReason: nil)
        #expect((plain.refusalToOpen == nil) == (count >= 3))
        let excepted = Eligibility(disadvantages: Disadvantage.allCases.prefix(count), exceptionReason: "Agreed at panel")
        #expect(excepted.refusalToOpen == nil)
    }

    @Test func theRefusalSaysWhatIsNeededAndHowManyAreRecorded() {
        let refusal = Eligibility(disadvantages: [.homelessness, .offending], exceptionReason: "  ").refusalToOpen
        #expect(refusal == "Open the case only when 3 of the 5 disadvantages are recorded (2 are now), or record an exception with the reason first.")
        #expect(Eligibility(disadvantages: [.offending], exceptionReason: nil).refusalToOpen?.contains("(1 is now)") == true)
    }
}
