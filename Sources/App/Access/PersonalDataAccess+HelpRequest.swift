import Domain
import Foundation

extension PersonalDataAccess {
    /// Opens a request for help for `user` (the route gate has already let them open it):
    /// `body` gets the `Readable` the access policy gives this user for the person the request is
    /// about, so the text and replies show only to readers the person's consent allows, and the
    /// read is logged at once, naming the categories opened (none for a champion who may not
    /// read them: they see that the request exists, its status and the reference).
    ///
    /// Why its own door: champions open requests without any standing towards the person
    /// (PRODUCT.md, "Roles"), so the record's rule does not apply; what they may read still
    /// comes from the one policy, and the reference they are shown is logged.
    func readHelpRequest<T>(_ request: HelpRequestRecord, user: CurrentUser, now: Date, _ body: (Readable) throws -> T) throws -> T {
        guard let access = try resolve(individualID: IndividualID(request.individualID), user: user, now: now) else {
            throw AppError.notFound
        }
        let value = try body(access.readable)
        try log.record(AccessLogEntry(
            at: now, userID: user.id, individualID: request.individualID,
            categories: access.readable.categoriesRead.map(\.rawValue).sorted().joined(separator: ","), action: "view",
            reason: "Opened a request for help"))
        return value
    }
}
