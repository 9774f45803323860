import Foundation
import Testing
@testable import Domain

@Suite struct SubjectAccessExportTests {
    static let export = SubjectAccessExport(
        reference: "CF-0042", producedAt: "2026-12-05T00:00:00Z", producedBy: "Morgan \"M\" Lee", reason: "Letter\nof 1 Dec",
        sections: [
            .init(key: "story", title: "Your story", note: nil, items: [
                .init([.init("body", "Words", .text("Tab\there, bell \u{7}, back\\slash, \u{2028}")), .init("version", "Version", .number(2)),
                       .init("confirmed", "Confirmed", .flag(true)), .init("ended", "Ended", .missing)]),
            ]),
            .init(key: "empty", title: "Nothing", note: "Said why", items: []),
        ])

    @Test func theJSONParsesBackToTheSameValuesInTheirOrder() throws {
        let text = Self.export.json()
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(json["producedBy"] == nil && json["produced_by"] as? String == "Morgan \"M\" Lee")
        #expect(json["reason"] as? String == "Letter\nof 1 Dec")
        let sections = try #require(json["sections"] as? [[String: Any]])
        let item = try #require((sections[0]["items"] as? [[String: Any]])?.first)
        #expect(item["body"] as? String == "Tab\there, bell \u{7}, back\\slash, \u{2028}")
        #expect(item["version"] as? Int == 2)
        #expect(item["confirmed"] as? Bool == true)
        #expect(item["ended"] is NSNull)
        #expect(sections[1]["note"] as? String == "Said why")
        #expect((sections[1]["items"] as? [Any])?.isEmpty == true)
        #expect(text.contains("{\"body\": \"Tab\\there, bell \\u0007, back\\\\slash, \\u2028\", \"version\": 2, \"confirmed\": true, \"ended\": null}"))
    }

    @Test func valuesReadPlainly() {
        #expect(SubjectAccessExport.Value.missing.display == "not recorded")
        #expect(SubjectAccessExport.Value.flag(false).display == "no")
        #expect(SubjectAccessExport.Value.optional(nil) == .missing)
        #expect(Self.export.section("story")?.items.first?.value("version") == .number(2))
    }
}

@Suite struct SubjectAccessPolicyTests {
    @Test(arguments: Role.allCases)
    func onlyManagersExportOrReviewRetention(role: Role) {
        let policy = AccessPolicy()
        #expect(policy.allows([role], .exportPersonalData) == (role == .manager))
        #expect(policy.allows([role], .reviewRetention) == (role == .manager))
        #expect(policy.subjectAccessCategories([role]) == (role == .manager ? Set(InformationCategory.allCases) : []))
    }

    @Test func theCommandLineReadsEverything() {
        #expect(AccessPolicy().subjectAccessCategories(nil) == Set(InformationCategory.allCases))
    }
}
