import Domain
import Foundation
import Testing

@testable import App

extension BrowserJourneys {
    /// The person answers the experience survey on their phone, one question per screen, and
    /// sees their answers afterwards (PRODUCT.md, "Experience surveys"; one question per screen
    /// works best on a phone).
    @Suite struct Survey {
        @Test func thePersonAnswersTheSurveyOnTheirPhone() async throws {
            try await withLiveApp { live in
                let person = try live.refer("Jamie Rowe")
                let own = try live.createUser("jamie@example.org", roles: [.individual], name: "Jamie Rowe")
                try live.giveAccount(own, to: person)
                try await withBrowser { phone in
                    try await phone.setWindowSize(width: 390, height: 844)
                    try await phone.signIn(live, email: "jamie@example.org")
                    try await phone.navigate(to: live.url("/me/survey"))
                    try await phone.waitForElement(css: "#survey-due")
                    try await phone.click("#start-survey")
                    try await phone.waitForText("Question 1 of 6", in: "main .narrow > .meta")
                    try await phone.click("label[for='told_story_more_than_once-0']")
                    try await phone.attachScreenshot(named: "survey-question-1")
                    try await phone.click("button[value='next']")
                    try await phone.waitForText("Question 2 of 6", in: "main .narrow > .meta")
                    for number in 3...6 {
                        try await phone.click("button[value='next']")
                        try await phone.waitForText("Question \(number) of 6", in: "main .narrow > .meta")
                    }
                    try await phone.click("label[for='intake_satisfaction-4']")
                    try await phone.attachScreenshot(named: "survey-question-6")
                    try await phone.click("button[value='save']")
                    try await phone.waitForElement(css: ".survey-answers")
                    #expect(try await phone.pageSource().contains("Thank you. Your answers have been saved."))
                    let answers = try await phone.texts(of: ".survey-answers dd")
                    #expect(answers.first == "Yes")
                    #expect(answers.last == "5 – Strongly agree")
                    try await phone.attachScreenshot(named: "survey-saved")
                }
            }
        }
    }
}
