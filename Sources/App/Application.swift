import Domain
import Foundation
import HTTP
import Hashing
import SQLite
import TemplateEngine

/// The assembled app: the database (created and migrated on first use), the parsed
/// templates, and the router with every route behind its access rule.
public final class Application: Sendable {
    public let configuration: AppConfiguration
    /// Everything a request can reach: the app's routes, then files under `/static/`.
    public let responder: any HTTPResponder
    let services: AppServices
    let routeTable: RouteTable
    /// The migrations this start applied, by file name.
    public let appliedMigrations: [String]

    /// What start-up reads besides the databases.
    public enum StartUp: Sendable {
        /// Parse every template and read the common passwords now (the server, tests): a
        /// template error stops start-up with file and line.
        case eager
        /// Read them when first used (a command: the report's CSV needs neither).
        case onDemand
    }

    /// Opens (or creates) the database, applies pending migrations, parses every template
    /// (unless `startUp` is `.onDemand`). A template error or an edited migration stops
    /// start-up here with file and line.
    public convenience init(
        configuration: AppConfiguration, clock: @escaping @Sendable () -> Date = { Date() }, startUp: StartUp = .eager
    ) throws {
        try self.init(configuration: configuration, clock: clock, startUp: startUp, accessLog: { AccessLogWriter(pool: $0) })
    }

    /// The app with a chosen access-log writer (the benchmark compares commit strategies).
    init(
        configuration: AppConfiguration, clock: @escaping @Sendable () -> Date, startUp: StartUp = .eager,
        accessLog makeWriter: (DatabasePool) -> AccessLogWriter
    ) throws {
        self.configuration = configuration
        let pool = try DatabasePool(path: configuration.databasePath)
        let logPool = try DatabasePool(path: configuration.accessLogDatabasePath)
        appliedMigrations = try Migrator(directory: configuration.migrationsDirectory).migrate(pool)
            + Migrator(directory: configuration.accessLogMigrationsDirectory).migrate(logPool).map { "access-log/" + $0 }
        let templatesDirectory = configuration.templatesDirectory
        let templates = LoadedOnce { try TemplateLibrary(directory: templatesDirectory) }
        let commonPasswordsPath = configuration.commonPasswordsPath
        let commonPasswords = LoadedOnce { try CommonPasswordsFile.load(commonPasswordsPath) }
        if startUp == .eager {
            _ = try templates.value
            _ = try commonPasswords.value
        }
        let renderer = PageRenderer(templates: templates)
        let authenticator = Authenticator(
            pool: pool, lifetime: SessionLifetime(), secureCookies: configuration.secureCookies)
        services = AppServices(
            configuration: configuration, pool: pool, renderer: renderer, authenticator: authenticator,
            signInGuard: SignInGuard(),
            personalData: PersonalDataAccess(pool: pool, log: makeWriter(logPool)),
            accessLog: AccessLog(pool: logPool),
            decoyHash: PasswordHash.decoy(iterations: configuration.passwordIterations),
            commonPasswordList: commonPasswords)
        routeTable = Self.routes(services)
        let gate = RouteGate(
            authenticator: authenticator, personalData: services.personalData, errorPages: ErrorPages(renderer: renderer),
            clock: clock, routes: routeTable, slots: ComputeSlots(limit: Self.requestsComputingAtOnce))
        responder = AppResponder(
            routeTable: routeTable, gate: gate,
            staticFiles: StaticFiles(root: configuration.publicDirectory, urlPrefix: "/static"),
            trustedProxies: configuration.trustedProxies)
    }

    /// Every page group's routes, in one table.
    static func routes(_ services: AppServices) -> RouteTable {
        var table = RouteTable()
        SignInPages.register(in: &table, services)
        SecondFactorPages.register(in: &table, services)
        SetupPages.register(in: &table, services)
        WelcomePages.register(in: &table, services)
        AccountPages.register(in: &table, services)
        HomePages.register(in: &table, services)
        AdminUserPages.register(in: &table, services)
        AdminOrganisationPages.register(in: &table, services)
        CaseloadPage.register(in: &table, services)
        PeoplePages.register(in: &table, services)
        LinkPages.register(in: &table, services)
        HandoverPages.register(in: &table, services)
        ContactPages.register(in: &table, services)
        TrustedPeoplePages.register(in: &table, services)
        AlongsidePage.register(in: &table, services)
        StoryPages.register(in: &table, services)
        ConsentPages.register(in: &table, services)
        MyPages.register(in: &table, services)
        SurveyPages.register(in: &table, services)
        TrainingPages.register(in: &table, services)
        ProgressPage.register(in: &table, services)
        AssessmentPages.register(in: &table, services)
        ReportPages.register(in: &table, services)
        ImportPages.register(in: &table, services)
        BarrierPages.register(in: &table, services)
        OrganisationPage.register(in: &table, services)
        HelpRequestPages.register(in: &table, services)
        TrainingSessionPages.register(in: &table, services)
        TrainingNeedPages.register(in: &table, services)
        InvitationPages.register(in: &table, services)
        DirectoryPages.register(in: &table, services)
        AccessLogSearchPage.register(in: &table, services)
        DiscussionPage.register(in: &table, services)
        DataRightsPages.register(in: &table, services)
        HealthPage.register(in: &table, services)
        return table
    }

    /// A one-time link to create the first manager, when there are no accounts yet; `port`
    /// names the port actually bound when it differs from the configured one (port 0).
    public func firstRunLink(now: Date = Date(), port: Int? = nil) throws -> String? {
        var configuration = self.configuration
        if let port { configuration.port = port }
        return try SetupPages.prepareFirstRun(services, now: now, baseURL: configuration.baseURL)
    }
}
