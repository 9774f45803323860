import Domain
import TemplateEngine

/// Option lists for selects and radio groups: value, title and whether it is selected.
enum Choices {
    static func of<T: CaseIterable & RawRepresentable>(
        _ type: T.Type, selected: String?, title: (T) -> String
    ) -> TemplateValue where T.RawValue == String {
        .array(type.allCases.map { item in
            ["value": .string(item.rawValue), "title": .string(title(item)), "selected": .bool(item.rawValue == selected)]
        })
    }

    static func of(_ items: [(value: String, title: String)], selected: String?) -> TemplateValue {
        .array(items.map { item in
            ["value": .string(item.value), "title": .string(item.title), "selected": .bool(item.value == selected)]
        })
    }
}
