import Domain
import HTTP
import TemplateEngine

/// Renders a page template inside the layout, with the navigation the user's roles allow,
/// the form token, and any notice.
struct PageRenderer: Sendable {
    /// The parsed templates, read when first used (see `LoadedOnce`).
    private let library: LoadedOnce<TemplateLibrary>

    init(templates: LoadedOnce<TemplateLibrary>) {
        library = templates
    }

    /// Every template, parsed; the first use parses them and throws on a template error.
    var templates: TemplateLibrary {
        get throws { try library.value }
    }

    /// One entry in the main navigation, shown to users whose roles grant `permission`.
    struct NavigationItem: Sendable {
        let label: String
        let route: Route
        let permission: Permission?

        var href: String { route.path }
    }

    static let navigation: [NavigationItem] = [
        NavigationItem(label: "Home", route: .home, permission: nil),
        NavigationItem(label: "My page", route: .me, permission: .viewOwnRecord),
        NavigationItem(label: "People I walk alongside", route: .alongside, permission: .viewPeopleWalkedAlongside),
        NavigationItem(label: "My organisation", route: .organisation, permission: .viewOwnOrganisation),
        NavigationItem(label: "Caseload", route: .caseload, permission: .workCaseload),
        NavigationItem(label: "Trusted persons", route: .trustedPeople, permission: .workCaseload),
        NavigationItem(label: "Training", route: .training, permission: .recordTraining),
        NavigationItem(label: "Network", route: .network, permission: .viewNetwork),
        NavigationItem(label: "Quarterly report", route: .reports, permission: .viewNetwork),
        NavigationItem(label: "Barriers", route: .barriers, permission: .workBarriers),
        NavigationItem(label: "Requests for help", route: .helpRequests, permission: .workHelpRequests),
        NavigationItem(label: "Invitations", route: .invitations, permission: .approveInvitations),
        NavigationItem(label: "Champions' network", route: .directory, permission: .viewNetworkDirectory),
        NavigationItem(label: "Import", route: .imports, permission: .importData),
        NavigationItem(label: "Users", route: .users, permission: .administerUsers),
        NavigationItem(label: "Organisations", route: .organisations, permission: .administerUsers),
        NavigationItem(label: "Data rights", route: .subjectAccess, permission: .exportPersonalData),
    ]

    func render(
        _ template: String, title: String, _ context: RequestContext,
        _ values: [String: TemplateValue] = [:], status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        var page = values
        page["title"] = .string(title)
        page["documentTitle"] = .string(Self.documentTitle(title, values, status: status))
        page["csrf"] = .string(context.csrfToken)
        page["notice"] = Notice(rawValue: context.request.queryParameters["notice"] ?? "").map { .string($0.message) } ?? .null
        if let user = context.user {
            let path = context.request.path
            page["user"] = ["name": .string(user.displayName), "roles": .array(user.roles.sorted().map { .string($0.title) })]
            page["nav"] = .array(
                Self.navigation.filter { $0.permission.map(user.may) ?? true }.map { item in
                    let current = item.href == "/" ? path == "/" : path.hasPrefix(item.href)
                    return ["label": .string(item.label), "href": .string(item.href), "current": .bool(current)]
                })
        }
        let html = try templates.render(template, .dictionary(page), layout: "layout")
        return .html(html, status: status)
    }

    /// The `<title>`: starts with "Error: " on an error page or a form with errors, so a
    /// screen reader announces the problem first (GOV.UK Design System, "Error message").
    static func documentTitle(_ title: String, _ values: [String: TemplateValue], status: HTTPStatus) -> String {
        var formHasErrors = false
        if case .bool(true) = values["hasErrors"] { formHasErrors = true }
        return formHasErrors || status.code >= 400 ? "Error: " + title : title
    }
}
