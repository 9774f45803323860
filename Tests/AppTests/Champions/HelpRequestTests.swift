import Domain
import Foundation
import Testing
@testable import App

/// Requests for help: a trusted person asks their champion or a coordinator about one person,
/// named by reference only; the text and replies follow the person's consent; the status moves
/// open → answered → closed; champions see only their own organisation's requests.
@Suite struct HelpRequestTests {
    /// Riverside, Sam (a trusted person there, signed in) walking alongside Robin, and Sam's request to the champion.
    struct Scene {
        let test: TestApp
        let riverside: Int64
        let sam: TestClient
        let samID: Int64
        let robin: Int64
    }

    func scene(notesSharedWithSam: Bool = true) throws -> Scene {
        let test = try TestApp()
        let riverside = try test.createOrganisation("Riverside Day Centre")
        let (sam, samID) = try test.signedInTrustedPerson(organisationID: riverside)
        let robin = try test.refer("Robin Quill")
        try test.link(robin, samID, role: .primary)
        if notesSharedWithSam { try test.consent(robin, to: .trustedPerson(samID), [.notes]) }
        return Scene(test: test, riverside: riverside, sam: sam, samID: samID, robin: robin)
    }

    @discardableResult
    func ask(_ scene: Scene, of addressee: String = "champion", _ text: String = "Robin's landlord has stopped answering.") throws -> TestResponse {
        try scene.sam.get("/help/new")
        return try scene.sam.post("/help/new", [("individual", "\(scene.robin)"), ("addressed_to", addressee), ("text", text)])
    }

    @Test func aTrustedPersonAsksTheirChampionWhoSeesItExistsButNotWhatItSays() throws {
        let scene = try scene()
        let asked = try ask(scene)
        #expect(asked.status == 303)
        let requestID = try scene.test.count("SELECT max(id) FROM help_requests")
        #expect(asked.location == "/help/\(requestID)?notice=help-requested")

        let samsView = try scene.sam.get("/help/\(requestID)")
        #expect(samsView.contains("Request for help about CF-"))
        #expect(samsView.contains("Robin&#39;s landlord has stopped answering.") || samsView.contains("Robin's landlord has stopped answering."))
        #expect(try scene.sam.get("/alongside").contains("href=\"/help/\(requestID)\""))

        let champion = try scene.test.signedIn([.champion], organisationID: scene.riverside)
        let home = try champion.get("/organisation")
        #expect(home.contains("href=\"/help/\(requestID)\""))
        #expect(!home.contains("landlord") && !home.contains("Robin") && !home.contains("CF-"))
        let page = try champion.get("/help/\(requestID)")
        #expect(page.status == 200)
        #expect(page.contains(">Open<"))
        #expect(!page.contains("landlord"))
        #expect(page.contains("the person has not agreed to share it with you"))
        let logged = "SELECT count(*) FROM access_log WHERE individual_id = \(scene.robin) AND reason = 'Opened a request for help'"
        #expect(try scene.test.countLog(logged + " AND categories = ''") == 1)
        #expect(try scene.test.countLog(logged + " AND categories = 'notes'") == 1)
    }

    @Test func theChampionsReplyAnswersItTheAskerReadsItAndEitherMayClose() throws {
        let scene = try scene()
        try ask(scene)
        let id = try scene.test.count("SELECT max(id) FROM help_requests")
        let champion = try scene.test.signedIn([.champion], organisationID: scene.riverside)
        try champion.get("/help/\(id)")
        let empty = try champion.post("/help/\(id)/reply", [("reply", "  ")])
        #expect(empty.status == 422)
        #expect(empty.contains("Write what you need help with."))
        #expect(try champion.post("/help/\(id)/reply", [("reply", "Call the tenancy team on Monday.")]).status == 303)
        #expect(try scene.test.count("SELECT count(*) FROM help_requests WHERE status = 'answered'") == 1)
        #expect(try champion.get("/help/\(id)").contains("Replies not shared with you: 1."))

        let samsView = try scene.sam.get("/help/\(id)")
        #expect(samsView.contains("Call the tenancy team on Monday."))
        #expect(samsView.contains(">Answered<"))
        #expect(try scene.sam.post("/help/\(id)/reply", [("reply", "They did not answer.")]).status == 303)
        #expect(try scene.test.count("SELECT count(*) FROM help_requests WHERE status = 'open'") == 1)

        #expect(try scene.sam.post("/help/\(id)/close").status == 303)
        #expect(try scene.test.count("SELECT count(*) FROM help_requests WHERE status = 'closed'") == 1)
        try scene.sam.get("/help/\(id)")
        #expect(try scene.sam.post("/help/\(id)/reply", [("reply", "One more thing")]).status == 400)
        #expect(try scene.test.count("SELECT count(*) FROM help_request_replies") == 2)
    }

    @Test func theTextFollowsThePersonsConsentEvenForTheAsker() throws {
        let scene = try scene(notesSharedWithSam: false)
        try ask(scene, of: "coordinator")
        let id = try scene.test.count("SELECT max(id) FROM help_requests")
        #expect(!(try scene.sam.get("/help/\(id)").contains("landlord")))
        let coordinator = try scene.test.signedIn([.coordinator])
        #expect(try coordinator.get("/help").contains("href=\"/help/\(id)\""))
        #expect(try coordinator.get("/help/\(id)").contains("landlord has stopped answering"))
        try scene.test.consent(scene.robin, to: .trustedPerson(scene.samID), [.notes])
        #expect(try scene.sam.get("/help/\(id)").contains("landlord has stopped answering"))
    }

    @Test func anotherOrganisationsChampionNeverSeesTheRequest() throws {
        let scene = try scene()
        try ask(scene)
        let id = try scene.test.count("SELECT max(id) FROM help_requests")
        let fenland = try scene.test.createOrganisation("Fenland Housing")
        let other = try scene.test.signedIn([.champion], organisationID: fenland)
        #expect(try other.get("/help/\(id)").status == 403)
        #expect(!(try other.get("/help").contains("/help/\(id)")))
        #expect(!(try other.get("/organisation").contains("/help/\(id)")))
        #expect(try other.post("/help/\(id)/reply", [("reply", "Hello")]).status == 403)
    }

    @Test func aRequestToACoordinatorIsNotShownToTheChampion() throws {
        let scene = try scene()
        try ask(scene, of: "coordinator")
        let id = try scene.test.count("SELECT max(id) FROM help_requests")
        let champion = try scene.test.signedIn([.champion], organisationID: scene.riverside)
        #expect(try champion.get("/help/\(id)").status == 403)
    }

    @Test func aBadRequestIsExplainedKeepsWhatWasTypedAndStoresNothing() throws {
        let scene = try scene()
        let stranger = try scene.test.refer("Someone Else")
        try scene.sam.get("/help/new")
        let refused = try scene.sam.post("/help/new", [("individual", "\(stranger)"), ("addressed_to", "champion"), ("text", "Kept text")])
        #expect(refused.status == 422)
        #expect(refused.contains("Choose someone you walk alongside."))
        #expect(refused.contains(">Kept text</textarea>"))
        let empty = try scene.sam.post("/help/new", [("individual", "\(scene.robin)"), ("addressed_to", ""), ("text", "")])
        #expect(empty.contains("Choose whom to ask.") && empty.contains("Write what you need help with."))
        #expect(try scene.test.count("SELECT count(*) FROM help_requests") == 0)
    }

    @Test func championsMayNotAskAndTrustedPersonsMayNotApprove() throws {
        let scene = try scene()
        let champion = try scene.test.signedIn([.champion], organisationID: scene.riverside)
        #expect(try champion.get("/help/new").status == 403)
        #expect(try scene.sam.get("/invitations").status == 403)
    }
}

/// The status moves of a request for help.
@Suite struct HelpRequestStatusTests {
    @Test(arguments: [
        (HelpRequestStatus.open, false, HelpRequestStatus?.some(.answered)),
        (.answered, true, .open),
        (.open, true, .open),
        (.closed, false, nil),
        (.closed, true, nil),
    ])
    func aReplyMovesTheStatus(from: HelpRequestStatus, byAsker: Bool, to: HelpRequestStatus?) {
        #expect(from.afterReply(byAsker: byAsker) == to)
    }
}
