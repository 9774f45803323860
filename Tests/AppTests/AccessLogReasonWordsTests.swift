import Domain
import Testing
@testable import App

/// Access-log reasons read as words, whatever route they were logged with.
@Suite struct AccessLogReasonWordsTests {
    @Test(arguments: [
        ("view", "GET /people/42", "Opened the record"), ("view", "GET /people/42/story", "Opened the story"),
        ("change", "POST /people/42/plan", "Changed the plan"), ("view", "GET /people/42/ndt", "Opened NDT assessments"),
        ("view", "GET /me/story", "Opened their own page"), ("view", "GET /handovers/3", "Opened a handover"),
        ("list", "network page", "Listed by reference on the network page"), ("view", "Opened a request for help", "Opened a request for help"),
        ("view", "GET /somewhere-new", "Opened a page"),
    ])
    func eachReasonReadsAsWords(action: String, reason: String, sentence: String) {
        #expect(AccessLogReasonWords.sentence(action: action, reason: reason) == sentence)
    }

    @Test func categoriesFollowInTheirUsualOrder() {
        #expect(AccessLogReasonWords.words(action: "view", reason: "GET /people/1/story", categories: [.notes, .story]) == "Opened the story: Story, Notes")
        #expect(AccessLogReasonWords.words(action: "view", reason: "GET /people/1", categories: []) == "Opened the record: summary only")
    }
}
