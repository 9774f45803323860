import Domain
import Foundation
import Testing
@testable import App

/// Import templates (issue 15: the import page showed raw column names and nothing to fill in):
/// one download per kind, whose header row is the importer's own columns and whose example
/// row the importer accepts.
@Suite struct ImportTemplateTests {
    @Test(arguments: ImportKind.allCases)
    func theTemplatesHeaderIsTheImportersColumnsAndItsExampleRowFillsThemAll(kind: ImportKind) throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let response = try coordinator.get("/imports/templates/\(kind.rawValue).csv")
        #expect(response.status == 200)
        #expect(response.headers["Content-Type"] == "text/csv; charset=utf-8")
        #expect(response.headers["Content-Disposition"] == "attachment; filename=\"trusted-person-\(kind.rawValue)-template.csv\"")
        let lines = response.body.components(separatedBy: "\r\n")
        #expect(lines.count == 3 && lines[2].isEmpty)
        #expect(lines[0].components(separatedBy: ",") == kind.allColumns)
        #expect(!lines[1].isEmpty)
    }

    @Test func theImportPageLinksEveryTemplate() throws {
        let test = try TestApp()
        let page = try test.signedIn([.coordinator]).get("/imports")
        for kind in ImportKind.allCases {
            #expect(page.contains("<a href=\"/imports/templates/\(kind.rawValue).csv\" download>\(kind.rawValue) template (CSV)</a>"))
        }
    }

    @Test func everyExampleRowImportsInTheOrderThePageGives() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        try coordinator.get("/imports")
        let order: [ImportKind] = [.people, .trustedPeople, .trustLinks, .star, .ndt, .accommodation, .serviceUse, .barriers, .survey, .training]
        #expect(Set(order) == Set(ImportKind.allCases))
        for kind in order {
            let template = try coordinator.get("/imports/templates/\(kind.rawValue).csv").body
            let preview = try coordinator.postFile(
                "/imports", fields: [("kind", kind.rawValue)], fileField: "file", fileName: "\(kind.rawValue).csv", contents: template)
            #expect(preview.status == 200, "\(kind.rawValue): \(preview.body.matches(of: /<code>[^<]*<\/code>/).map { String($0.0) })")
            guard let pending = preview.body.firstMatch(of: /action="\/imports\/(\d+)\/confirm"/)?.1 else { continue }
            #expect(try coordinator.post("/imports/\(pending)/confirm").contains("Done: added <strong>1</strong>"), "\(kind.rawValue)")
        }
        #expect(try test.count("SELECT count(*) FROM individuals WHERE ref = 'CF-9001'") == 1)
    }

    @Test func aTemplateForNoKindIsNotFoundAndOnlyImportersMayDownload() throws {
        let test = try TestApp()
        #expect(try test.signedIn([.coordinator]).get("/imports/templates/unknown.csv").status == 404)
        #expect(try test.signedIn([.champion], email: "champion@example.org").get("/imports/templates/people.csv").status == 403)
    }
}
