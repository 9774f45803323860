import Foundation
import Testing
@testable import App

/// Markup the Nu HTML checker and axe flagged (issue 14), checked on real pages.
@Suite struct MarkupValidityTests {
    /// Every `<time>` element's opening tag in `html`.
    func timeTags(_ html: String) -> [String] {
        html.matches(of: /<time[^>]*>/).map { String($0.0) }
    }

    @Test func everyTimeElementCarriesAMachineReadableDatetime() throws {
        let test = try TestApp()
        let person = try test.refer("Robin Ash")
        try test.addStar(person, every: 4)
        let coordinator = try test.signedIn([.coordinator])
        try coordinator.get("/people/\(person)")
        #expect(try coordinator.post("/people/\(person)/contacts", [
            ("contact_on", "2026-02-02"), ("kind", "phone"), ("category", "notes"), ("note", "Checked in by phone"),
        ]).status == 303)
        let manager = try test.signedIn([.manager])
        try manager.get("/admin/users/new")
        try manager.post("/admin/users", [("email", "casey@example.org"), ("display_name", "Casey Lund"), ("roles", "trusted-person")])
        let casey = try #require(try test.count("SELECT id FROM users WHERE email = 'casey@example.org'"))
        let pages = [
            try coordinator.get("/people/\(person)"), try coordinator.get("/people/\(person)/progress"),
            try manager.get("/admin/users/\(casey)"),
        ]
        for page in pages {
            let tags = timeTags(page.body)
            #expect(!tags.isEmpty)
            for tag in tags {
                #expect(tag.firstMatch(of: /datetime="\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z)?"/) != nil, "\(tag)")
            }
        }
        #expect(pages[0].body.contains("<time datetime=\"2026-02-02\">2 Feb 2026</time>"))
    }

    @Test func chartLabelsHaveAHaloWithoutPaintOrder() throws {
        let test = try TestApp()
        let person = try test.refer("Robin Ash")
        try test.addStar(person, every: 4)
        let trustedPersonID = try test.createTrustedPerson("Jordan Vale")
        try test.link(person, trustedPersonID)
        let coordinator = try test.signedIn([.coordinator])
        for path in ["/people/\(person)/progress", "/people/\(person)"] {
            let page = try coordinator.get(path)
            #expect(page.body.contains("<svg"))
            #expect(!page.body.contains("paint-order"))
            #expect(page.body.contains("aria-hidden=\"true\""))
        }
    }

    @Test func aFormWithErrorsPutsTheSummaryFirstAndTitlesThePageAsAnError() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let fresh = try coordinator.get("/people/new")
        #expect(fresh.contains("<title>Refer someone – Trusted Person</title>"))
        let response = try coordinator.post("/people", [
            ("preferred_name", ""), ("district", "fenland"), ("referred_on", "2026-01-05"),
            ("homelessness", "on"), ("homelessness_on", "not a date"),
        ])
        #expect(response.status == 422)
        #expect(response.contains("<title>Error: Refer someone – Trusted Person</title>"))
        let main = try #require(response.body.firstRange(of: "<main id=\"main\" class=\"wrap\" tabindex=\"-1\">\n"))
        #expect(response.body[main.upperBound...].hasPrefix(
            "<div class=\"error-summary\" id=\"error-summary\" tabindex=\"-1\" role=\"alert\" autofocus "),
            "the summary takes focus as the page opens (issue 14)")
        #expect(response.body.ranges(of: "class=\"error-summary\"").count == 1)
        #expect(response.contains("<a href=\"#preferred_name\">"))
        #expect(response.contains("<a href=\"#homelessness_on\">"))
        #expect(response.contains("name=\"homelessness_on\" value=\"not a date\" aria-invalid=\"true\" aria-describedby=\"homelessness_on-error\""))
    }

    @Test func checkboxGroupsHoldOnlyCheckboxes() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let page = try coordinator.get("/people/new").body
        let groups = page.matches(of: /<fieldset[\s\S]*?<\/fieldset>/).map { String($0.0) }.filter { $0.contains("type=\"checkbox\"") }
        #expect(!groups.isEmpty)
        for group in groups {
            let controls = group.matches(of: /<(input|select|textarea)\b[^>]*>/).map { String($0.0) }
            #expect(controls.allSatisfy { $0.contains("type=\"checkbox\"") }, "\(controls)")
        }
    }

    @Test func anInvalidGroupIsMarkedAndDescribedByItsError() throws {
        let test = try TestApp()
        let manager = try test.signedIn([.manager])
        try manager.get("/admin/users/new")
        let response = try manager.post("/admin/users", [("email", "casey@example.org"), ("display_name", "Casey Lund")])
        #expect(response.status == 422)
        #expect(response.contains("id=\"roles\" aria-invalid=\"true\" aria-describedby=\"roles-error\""))
        #expect(response.contains("<p class=\"field-error\" id=\"roles-error\">"))
    }

    @Test func errorPagesTitleStartsWithError() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let missing = try coordinator.get("/people/999999")
        #expect(missing.status == 404)
        #expect(missing.body.contains("<title>Error: "))
    }
}
