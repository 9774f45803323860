import Foundation
import Testing

extension BrowserJourneys {
    /// Issue 14: every page of the demo, as every role (and signed out), passes axe-core with
    /// no serious or critical violation at desktop and phone width, and the Nu HTML Checker
    /// with no error. Pages are those the role is shown links to (see `DemoCrawl`), plus a
    /// missing page and each kind of form submitted empty (its error state). The Nu checker
    /// reads every page found (in one run); axe, slower, one page of each shape.
    @Suite(.requiresPageCheckers) struct PageChecks {
        static let roles = ["signed-out", "coordinator", "trusted", "champion", "manager", "individual"]
        static let widths = [1280, 390]

        @Test(arguments: roles) func everyPagePassesAxeAndTheNuChecker(role: String) async throws {
            let checkers = try PageCheckers.locate()
            let axe = try AxeCheck(scriptPath: checkers.axeScript)
            let started = ContinuousClock.now
            try await withLiveApp { live in
                let accounts = try live.loadDemo()
                var sources: [(name: String, html: String)] = []
                var findings: [AxeFinding] = []
                var errorStates = 0
                var axePages = 0
                try await withBrowser(windowWidth: Self.widths[0]) { browser in
                    let start: [String]
                    if role == "signed-out" {
                        start = ["/sign-in", "/no-such-page"]
                        try await browser.navigate(to: live.url("/sign-in"))
                    } else {
                        let account = try #require(accounts[role])
                        try await browser.signIn(
                            live, email: account.email, password: account.password, secret: account.secret)
                        start = ["/", "/no-such-page"]
                    }
                    let pages = try DemoCrawl(live: live).pages(from: start, cookies: try await browser.cookies())
                    sources = pages.map { ("\(role) \($0.path)", $0.html) }
                    axePages = DemoCrawl.oneOfEachShape(pages).count
                    for page in DemoCrawl.oneOfEachShape(pages) {
                        try await browser.navigate(to: live.url(page.path))
                        findings += try await Self.check(axe, in: browser, page: "\(role) \(page.path)")
                    }
                    for page in Self.formPages(pages) {
                        try await browser.navigate(to: live.url(page.path))
                        guard try await browser.execute(Self.emptyRequiredFields, as: Bool.self) else { continue }
                        try await browser.click("[data-page-check-submit]")
                        let name = "\(role) \(page.path) (submitted empty)"
                        errorStates += 1
                        sources.append((name, "<!DOCTYPE html>\n" + (try await browser.pageSource())))
                        #expect(
                            try await browser.execute(Self.focusIsOnTheErrorSummary, as: Bool.self),
                            "\(name): the page opens without focus on its error summary")
                        findings += try await Self.check(axe, in: browser, page: name)
                    }
                }
                let report = PageCheckReport(
                    role: role, pageCount: sources.count - errorStates, axePageCount: axePages, errorStateCount: errorStates,
                    axe: findings, nu: try await NuCheck(checkers: checkers).messages(for: sources),
                    duration: ContinuousClock.now - started)
                print(report.summary)
                #expect(report.pageCount >= 2, "the crawl for \(role) found too few pages")
                #expect(report.blockingAxe.isEmpty, "axe, serious or critical:\n\(report.axeDetails)")
                #expect(report.nuErrors.isEmpty, "Nu HTML Checker errors:\n\(report.nuDetails)")
            }
        }

        /// The violations axe finds on the page the browser shows, at each width in turn.
        static func check(_ axe: AxeCheck, in browser: WebDriver, page: String) async throws -> [AxeFinding] {
            var findings: [AxeFinding] = []
            for width in widths {
                try await browser.setWindowSize(width: width, height: 900)
                findings += try await axe.violations(in: browser).map {
                    AxeFinding(page: page, width: width, violation: $0)
                }
            }
            try await browser.setWindowSize(width: widths[0], height: 900)
            return findings
        }

        /// One page of each shape with a form to fill in (one with a required field, or a page
        /// for making or editing something), to see its error state.
        static func formPages(_ pages: [CrawledPage]) -> [CrawledPage] {
            DemoCrawl.oneOfEachShape(pages).filter { page in
                let path = page.path.split(separator: "?").first.map(String.init) ?? page.path
                return page.status == 200 && page.html.contains("method=\"post\"")
                    && (page.html.contains(" required") || path.hasSuffix("/new") || path.hasSuffix("/edit"))
            }
        }

        /// Whether focus is on the error summary, where there is one (it has `autofocus`), so a
        /// screen reader reads the problems first and a keyboard user starts from their links.
        static let focusIsOnTheErrorSummary = """
            var summary = document.getElementById('error-summary');
            return summary === null || document.activeElement === summary;
            """

        /// Prepares the first form in `main` with a text or date field to be submitted empty:
        /// switches off the browser's own checks (the server's are under test), empties its text
        /// fields and marks its submit button; returns whether there was such a form.
        static let emptyRequiredFields = """
            var textual = 'input:not([type=hidden]):not([type=radio]):not([type=checkbox]):not([type=submit]), textarea';
            var form = Array.prototype.find.call(document.querySelectorAll('main form[method=post]'), function (form) {
                return form.querySelector(textual) !== null;
            });
            var button = form && form.querySelector('button:not([type]), button[type=submit], input[type=submit]');
            if (!button) { return false; }
            form.noValidate = true;
            form.querySelectorAll(textual).forEach(function (field) { field.value = ''; });
            button.setAttribute('data-page-check-submit', '');
            return true;
            """
    }
}
