import Domain
import Foundation
import TemplateEngine

/// Template values for requests for help: lists show who asked, whom, when and the status, never
/// the reference or the text; the detail shows the text only where the reader's `Readable` allows.
enum HelpRequestView {
    static func summary(_ request: HelpRequestSummary) -> TemplateValue {
        [
            "href": .string(Route.helpRequest(HelpRequestID(request.id)).path),
            "asker": .string(request.askerName),
            "organisation": TemplateValue(request.organisationName),
            "addressedTo": .string(request.addressedTo.title),
            "status": .string(request.status.title),
            "statusKey": .string(request.status.rawValue),
            "askedAt": .string(LondonTime.format(request.askedAt)),
            "replies": .int(request.replies),
        ]
    }

    /// The detail page's values; `readable` decides whether the text and replies show.
    static func detail(_ request: HelpRequestRecord, replies: [HelpReply], readable: Readable) -> [String: TemplateValue] {
        let hiddenReplies = replies.filter { $0.text.open(readable) == nil }.count
        return [
            "request": [
                "id": .string(String(request.id)),
                "ref": .string(request.ref),
                "asker": .string(request.askerName),
                "organisation": TemplateValue(request.organisationName),
                "addressedTo": .string(request.addressedTo.title),
                "status": .string(request.status.title),
                "statusKey": .string(request.status.rawValue),
                "askedAt": .string(LondonTime.format(request.askedAt)),
                "text": TemplateValue(request.text.open(readable)),
                "category": .string(request.text.category.title),
                "isClosed": .bool(request.status == .closed),
                "replyAction": .string(Route.replyToHelpRequest(HelpRequestID(request.id)).path),
                "closeAction": .string(Route.closeHelpRequest(HelpRequestID(request.id)).path),
            ],
            "replies": .array(replies.compactMap { reply in
                reply.text.open(readable).map { text in
                    ["by": .string(reply.byName), "at": .string(LondonTime.format(reply.at)), "text": .string(text)]
                }
            }),
            "hiddenReplies": hiddenReplies > 0 ? .int(hiddenReplies) : .null,
        ]
    }
}
