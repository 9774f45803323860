import Domain
import Foundation
import HTTP
import Testing
@testable import App

/// Every POST route of the app's own route table, posted by every kind of user with a control
/// character in every field it sends: nothing in the database changes, and the answer is the
/// 400 page or (for a route that reports control characters beside its fields) the form again
/// with a 422. The routes come from the table, so a new action is covered the day it is added.
@Suite struct ControlCharacterWalkTests {
    /// The fields the app's forms send, each with a plausible value; the walk types a control
    /// character into every one of them.
    static func fields(person: Int64) -> [(String, String)] {
        [
            ("body", "Words"), ("told_on", "2026-02-01"), ("category", "story"), ("note", "A note"), ("contact_on", "2026-02-03"),
            ("kind", "phone"), ("services_involved", "GP"), ("held_on", "2026-02-03"), ("other_organisations", "Council"),
            ("actions", "Call back"), ("recipient", "coordination-team"), ("categories", "story"), ("purpose", "Support"),
            ("how_given", "verbal"), ("given_on", "2026-02-01"), ("review_by", "2027-01-01"), ("title", "A barrier"),
            ("raised_on", "2026-02-01"), ("level", "champion"), ("description", "Text"), ("status", "closed"), ("on", "2026-02-01"),
            ("what_changed", "Changed"), ("email", "walk@example.org"), ("display_name", "Walk Person"), ("roles", "trusted-person"),
            ("individual", "\(person)"), ("addressed_to", "champion"), ("text", "Help please"), ("reply", "A reply"),
            ("goal", "A goal"), ("step", "A step"), ("who", "Sam"), ("words", "A question"), ("answer", "An answer"),
            ("confirm", "yes"), ("reason", "A reason"), ("name", "A name"), ("password", TestApp.password),
            ("work_phone", "01603 000000"), ("signed_on", "2026-02-01"), ("signed_by", "Ann Other"), ("course", "safeguarding"),
            ("sector", "voluntary-community"), ("pledge_signed_on", "2026-02-01"), ("new_name", "Kim"), ("role", "trusted"),
            ("started_on", "2026-02-01"), ("outcome", "end"), ("paid", "no"),
            ("provider", "County trainers"), ("places", "12"), ("attended_on", "2026-02-01"), ("answered_on", "2026-02-01"),
            ("code", "123456"), ("current_password", TestApp.password), ("password_confirmation", TestApp.password),
            ("basis_note", "Agreement"), ("holding", "public-task"), ("sharing", "consent"),
        ]
    }

    /// POST routes whose form has no field a person types, each with what the form is: a
    /// control character there comes only from a tampered request, and the whole request is
    /// refused with the 400 page (`ControlCharacterGuard`).
    static let routesWithNoTypedField: [String: String] = [
        Route.signOut.pattern: "a Sign out button",
        Route.resetPassword(.example).pattern: "a Reset password button",
        Route.deactivateUser(.example).pattern: "a Deactivate account button",
        Route.reactivateUser(.example).pattern: "a Reactivate account button",
        Route.approveInvitation(.example).pattern: "an Approve button beside each invitation",
        Route.declineInvitation(.example).pattern: "a Decline button beside each invitation",
        Route.confirmImport(.example).pattern: "a Confirm button under the import's preview",
        Route.imports.pattern: "a choice of kind and a file; multipart text is refused before routing, the file's rows report their own errors",
        Route.activateLink(.example, .example).pattern: "a \"Make active\" button",
        Route.confirmLink(.example, .example).pattern: "a \"The person confirmed it\" button",
        Route.endLink(.example, .example).pattern: "a reason chosen from a list, then a confirmation page",
        Route.interimCover(.example).pattern: "a \"Step in\" or \"Give interim cover\" button",
        Route.planStep(.example, .example).pattern: "a step's status chosen from a list",
        Route.withdrawConsent(.example, .example).pattern: "a confirmation page's button",
        Route.confirmMyLink(.example).pattern: "the person's \"I trust them\" button",
        Route.mySurvey.pattern: "radio answers, the earlier ones carried in hidden fields",
        Route.renewMyConsent(.example).pattern: "a confirmation page's button",
        Route.withdrawMyConsent(.example).pattern: "the person's \"Yes, stop sharing\" button",
        Route.closeHelpRequest(.example).pattern: "a \"Close this request\" button",
        Route.proposeBulkHandover(.example).pattern: "a hidden link and a radio choice of who takes over",
        Route.trainingAttendance(.example).pattern: "tick boxes and a choice from a list of people",
    ]

    /// Routes that report control characters beside their fields but whose form the walk's
    /// signed-in clients cannot reach, each with why; `ControlCharacterAuthRoutesTests` and
    /// `ControlCharacterRecordRoutesTests` post one to each. The walk still checks nothing changes.
    static let reportingBeyondTheWalk: [String: String] = [
        Route.setup(.example).pattern: "answers only while the database has no account (404 here)",
        Route.signInCode.pattern: "answers only a sign-in waiting for its code; the walk's signed-in clients are sent to sign in (303)",
        Route.personAccount(.example).pattern: "the walk's person already has an account, so the form is not offered (400)",
    ]

    @Test func everyPostRouteEitherReportsControlCharactersOrHasNoTypedField() throws {
        let test = try TestApp()
        for entry in test.app.routeTable.entries where entry.method == .post {
            let reports = entry.example.reportsControlCharactersInForm
            let listed = Self.routesWithNoTypedField[entry.pattern] != nil
            #expect(reports != listed, "POST \(entry.pattern): reports control characters beside its fields, or is listed as having no typed field; exactly one")
        }
        let posts = Set(test.app.routeTable.entries.filter { $0.method == .post }.map(\.pattern))
        #expect(Set(Self.routesWithNoTypedField.keys).isSubset(of: posts))
        #expect(Set(Self.reportingBeyondTheWalk.keys).isSubset(of: posts))
    }

    @Test func noPostWithAControlCharacterChangesTheDatabase() throws {
        let test = try TestApp()
        let riverside = try test.createOrganisation("Riverside Day Centre")
        let (sam, samID) = try test.signedInTrustedPerson(organisationID: riverside)
        let robin = try test.refer("Robin Quill")
        let link = try test.link(robin, samID, role: .primary)
        let consent = try test.consent(robin, to: .trustedPerson(samID), [.notes])
        let coordinator = try test.signedIn([.coordinator])
        let manager = try test.signedIn([.manager])
        let champion = try test.signedIn([.champion], organisationID: riverside)
        let me = try test.signedInAsThePerson(robin)
        try manager.get("/admin/users")
        for client in [coordinator, manager, champion, sam, me] { try client.get(Route.secondFactor.path) }
        let ids = try Self.fixture(test, robin: robin, link: link, coordinator: coordinator, champion: champion, sam: sam, me: me)
            + [("trusted", "\(samID)"), ("consent", "\(consent)"), ("organisation", "\(riverside)")]
        let clients = [("coordinator", coordinator), ("manager", manager), ("champion", champion), ("trusted person", sam), ("the person", me)]

        var reported = Set<String>()
        for entry in test.app.routeTable.entries where entry.method == .post {
            var path = entry.pattern
            for (name, value) in ids { path = path.replacingOccurrences(of: ":" + name, with: value) }
            #expect(!path.contains(":"), "\(path) has a parameter the test does not fill")
            let fields = Self.fields(person: robin).enumerated().map { index, field in
                (field.0, field.1 + ["\u{0}", "\u{1B}", "\u{7}"][index % 3])
            }
            for (who, client) in clients {
                let before = try Self.snapshot(test)
                let response = try client.post(path, fields)
                let label = "\(who) POST \(entry.pattern) (\(response.status))"
                #expect(try Self.snapshot(test) == before, "\(label) changed the database")
                if entry.example.reportsControlCharactersInForm {
                    let beyond = Self.reportingBeyondTheWalk[entry.pattern] != nil
                    #expect(([400, 403, 404, 422] + (beyond ? [303] : [])).contains(response.status), "\(label)")
                    if response.status == 422 {
                        #expect(response.contains("invisible control character"), "\(label)")
                        reported.insert(entry.pattern)
                    }
                } else {
                    #expect(response.status == 400, "\(label)")
                }
            }
        }
        let reporting = test.app.routeTable.entries.filter { $0.method == .post && $0.example.reportsControlCharactersInForm }
        #expect(
            Set(reporting.map(\.pattern)).subtracting(Self.reportingBeyondTheWalk.keys) == reported,
            "every reporting route the walk reaches answered someone with its form and the message")
        #expect(reporting.count >= 10)
    }

    /// A story entry, a barrier, a help request, a question from the person and a handover, so that every
    /// route naming one has a real one; returns each route parameter's value.
    static func fixture(
        _ test: TestApp, robin: Int64, link: Int64, coordinator: TestClient, champion: TestClient, sam: TestClient, me: TestClient
    ) throws -> [(String, String)] {
        try coordinator.get("/people/\(robin)/story/new")
        #expect(try coordinator.post("/people/\(robin)/story", [("category", "story"), ("told_on", "2026-02-01"), ("body", "Hello")]).status == 303)
        try champion.get("/barriers/new")
        #expect(try champion.post(
            "/barriers", [("title", "Waiting list"), ("category", "eligibility"), ("raised_on", "2026-10-01"), ("level", "champion")]).status == 303)
        try sam.get("/help/new")
        #expect(try sam.post("/help/new", [("individual", "\(robin)"), ("addressed_to", "champion"), ("text", "Landlord")]).status == 303)
        me.lastCSRFToken = try me.get(Route.questionMyLink(TrustLinkID(link)).path).csrfToken
        #expect(try me.post(Route.questionMyLink(TrustLinkID(link)).path, [("words", "Who is Sam?")]).status == 303)
        let kim = try test.createTrustedPerson("Kim Vale")
        try test.link(robin, kim, role: .backup)
        try coordinator.get("/people/\(robin)/handovers/new?link=\(link)")
        #expect(try coordinator.post("/people/\(robin)/handovers", [("link", "\(link)"), ("incoming", "\(kim)"), ("outcome", "end")]).status == 303)
        let samUser = try test.count("SELECT id FROM users WHERE email = 'sam@example.org'")
        return [
            ("individual", "\(robin)"), ("link", "\(link)"), ("user", "\(samUser)"),
            ("entry", "\(try test.count("SELECT max(entry_id) FROM story_entries"))"),
            ("barrier", "\(try test.count("SELECT max(id) FROM barriers"))"),
            ("help", "\(try test.count("SELECT max(id) FROM help_requests"))"),
            ("question", "\(try test.count("SELECT max(id) FROM circle_questions"))"),
            ("step", "1"), ("assessment", "1"), ("file", "2026Q1.csv"), ("template", "people.csv"),
            ("token", try test.oneTimeLinkToken(for: try test.createUser("kit@example.org", roles: [.trustedPerson]))),
            ("handover", "\(try test.count("SELECT max(id) FROM handovers"))"), ("bulk", "1"), ("import", "1"),
            ("invitation", "1"), ("discussion", "1"), ("session", "1"),
        ]
    }

    /// Every row of every table of the app's database, as text.
    static func snapshot(_ test: TestApp) throws -> [String] {
        try test.pool.read { db in
            let tables: [String] = try db.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map { try $0.get("name") }
            return try tables.flatMap { table in
                try db.query("SELECT * FROM \"\(table)\"").map { row in table + ": " + row.values.map { "\($0)" }.joined(separator: "|") }
            }
        }
    }
}
