import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// Importing on the web: upload a CSV file, see what it would add and change (or every bad
/// row), then confirm. The same `Importer` as the command line, so the rules are the same;
/// the upload waits in `PendingImportStore` until its uploader confirms it. The preview and the
/// confirmation are each written to the access log, person by person (`Importer`).
enum ImportPages {
    static let maximumBytes = 5 * 1024 * 1024

    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(.imports) { context in
            try form(services, context, FieldErrors())
        }
        routes.post(.imports) { context in
            try preview(services, context)
        }
        routes.post(Route.confirmImport) { context, pending in
            let user = try context.signedInUser
            let id = try context.parameter(PendingImportID.self).rawValue
            guard let upload = try services.pool.read({ db in try PendingImportStore.find(id: id, userID: user.id, db) }) else {
                throw AppError.notFound
            }
            let outcome = try Importer.run(
                kind: upload.kind, bytes: upload.bytes, file: upload.fileName, dryRun: false, pool: services.pool,
                log: services.personalData.log, userID: user.id, now: context.now)
            try services.pool.write { db in try PendingImportStore.remove(id: id, now: context.now, db) }
            return try result(services, context, kind: upload.kind, file: upload.fileName, outcome: outcome, pendingID: nil, done: true)
        }
        routes.get(Route.importTemplate) { _, file in
            var response = HTTPResponse(status: .ok, body: .bytes(Array(ImportTemplate.csv(file.kind).utf8)))
            response.headers.set("Content-Type", "text/csv; charset=utf-8")
            response.headers.set("Content-Disposition", "attachment; filename=\"trusted-person-\(file.kind.rawValue)-template.csv\"")
            return response
        }
    }

    private static func preview(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let user = try context.signedInUser
        var errors = FieldErrors()
        guard context.request.body.count <= maximumBytes + 64 * 1024,
              let form = MultipartFormData(body: context.request.body, contentType: context.request.headers["Content-Type"] ?? "")
        else {
            errors.add("file", "Choose a CSV file of at most 5 MB.")
            return try ImportPages.form(services, context, errors, status: .unprocessableContent)
        }
        let kind = ImportKind(rawValue: form["kind"] ?? "")
        if kind == nil { errors.add("kind", "Choose what the file holds.") }
        let file = form.part("file")
        if file == nil || file?.body.isEmpty == true { errors.add("file", "Choose a CSV file to upload.") }
        if let file, file.body.count > maximumBytes { errors.add("file", "The file is larger than 5 MB. Split it, or use the command line.") }
        guard errors.isEmpty, let kind, let file else { return try ImportPages.form(services, context, errors, status: .unprocessableContent) }
        let name = String((file.filename.flatMap { $0.isEmpty ? nil : $0 } ?? "upload.csv").split(separator: "/").last ?? "upload.csv")
        let outcome = try Importer.run(
            kind: kind, bytes: file.body, file: name, dryRun: true, pool: services.pool, log: services.personalData.log, userID: user.id,
            now: context.now)
        var pendingID: Int64?
        if outcome.errors.isEmpty {
            pendingID = try services.pool.write { db in
                try PendingImportStore.add(kind: kind, fileName: name, bytes: file.body, userID: user.id, now: context.now, db)
            }
        }
        return try result(services, context, kind: kind, file: name, outcome: outcome, pendingID: pendingID, done: false)
    }

    private static func result(
        _ services: AppServices, _ context: RequestContext, kind: ImportKind, file: String, outcome: ImportOutcome, pendingID: Int64?, done: Bool
    ) throws -> HTTPResponse {
        try services.page(
            "imports/preview", title: done ? "Imported \(file)" : "Check \(file) before importing", context,
            [
                "kind": .string(kind.rawValue), "file": .string(file), "done": .bool(done),
                "added": .int(outcome.added), "changed": .int(outcome.changed), "unchanged": .int(outcome.unchanged),
                "notes": .array(outcome.notes.map { .string($0) }),
                "problems": .array(outcome.errors.prefix(500).map { .string($0.description) }),
                "problemCount": .int(outcome.errors.count),
                "pendingID": pendingID.map { .string(String($0)) } ?? .null,
                "confirmPath": pendingID.map { .string(Route.confirmImport(PendingImportID($0)).path) } ?? .null,
            ],
            status: outcome.errors.isEmpty ? .ok : .unprocessableContent)
    }

    private static func form(_ services: AppServices, _ context: RequestContext, _ errors: FieldErrors, status: HTTPStatus = .ok) throws -> HTTPResponse {
        var values = FormView.values([:], errors)
        values["kinds"] = .array(ImportKind.allCases.map { kind in
            ["value": .string(kind.rawValue), "columns": .string(kind.allColumns.joined(separator: ", ")), "key": .string(kind.keyColumns.joined(separator: ", ")),
             "templatePath": .string(Route.importTemplate(ImportTemplateFile(kind: kind)).path)]
        })
        return try services.page("imports/index", title: "Import from a spreadsheet", context, values, status: status)
    }
}
