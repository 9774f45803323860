/// How a contact with the person happened.
public enum ContactKind: String, CaseIterable, Sendable {
    case inPerson = "in-person"
    case phone
    case message
    case outreach
    case other

    public var title: String {
        switch self {
        case .inPerson: "In person"
        case .phone: "Phone call"
        case .message: "Message"
        case .outreach: "Outreach"
        case .other: "Other"
        }
    }
}
