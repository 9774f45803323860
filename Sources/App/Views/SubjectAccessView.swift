import Domain
import Foundation
import TemplateEngine

/// The template values of a subject-access export: the header and each section as a table,
/// one column per field and one row per item, every value escaped by the template.
enum SubjectAccessView {
    static func values(_ export: SubjectAccessExport) -> [String: TemplateValue] {
        [
            "reference": .string(export.reference),
            "producedAt": .string(export.producedAt),
            "producedBy": .string(export.producedBy),
            "reason": .string(export.reason),
            "sections": .array(export.sections.map { section in
                [
                    "key": .string(section.key),
                    "title": .string(section.title),
                    "note": section.note.map { .string($0) } ?? .null,
                    "count": .string(String(section.items.count)),
                    "headers": .array((section.items.first?.fields ?? []).map { .string($0.label) }),
                    "rows": .array(section.items.map { item in
                        ["cells": .array(item.fields.map { .string($0.value.display) })]
                    }),
                ]
            }),
        ]
    }
}
