import Domain

/// How one signed-in user stands towards one individual for the length of one request: the
/// relation the store found and the categories the access policy lets them read. Made only by
/// `PersonalDataAccess.resolve`, once per request, and handed to pages in `RequestContext`.
struct IndividualAccess: Sendable {
    let id: IndividualID
    let relation: IndividualRelation
    let readableCategories: Set<InformationCategory>
    let mayView: Bool
    let mayWork: Bool
}
