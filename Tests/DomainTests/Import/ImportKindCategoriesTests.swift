import Testing
import Domain

@Suite struct ImportKindCategoriesTests {
    @Test(arguments: [
        (ImportKind.people, ["contact-details", "health", "housing", "justice", "notes", "safety", "substance-use"]),
        (.trustLinks, ["notes", "story"]),
        (.star, ["assessments"]),
        (.ndt, ["assessments"]),
        (.accommodation, ["housing"]),
        (.serviceUse, ["health", "housing", "justice"]),
        (.trustedPeople, []),
        (.barriers, []),
    ])
    func eachKindNamesTheCategoriesItCarries(kind: ImportKind, categories: [String]) {
        #expect(kind.informationCategories.map(\.rawValue).sorted() == categories)
        #expect(kind.isAboutIndividuals == !categories.isEmpty)
    }
}
