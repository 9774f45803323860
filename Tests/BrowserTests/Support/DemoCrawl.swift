import Foundation

/// One page of the demo as a signed-in account sees it.
struct CrawledPage: Sendable {
    /// The path with its query, e.g. `/people/12/plan`.
    let path: String
    /// The HTTP status (403 and 404 pages are checked too).
    let status: Int
    /// The source exactly as the server sent it.
    let html: String
}

/// Every page an account is shown a link to, found breadth-first from home as
/// `LinkWalkTests` walks them: same-origin `<a href>`s only (never sign-out or static
/// files), and links of one shape (`/people/12/plan`, `/people/40/plan`) only a few times.
/// Pages are fetched in process with the browser's cookies, so nothing is parsed on the way.
struct DemoCrawl: Sendable {
    let live: LiveApp
    /// How many links of one shape are followed.
    var perShape = 2
    /// The most pages opened.
    var limit = 120

    /// The HTML pages reachable from `start` with `cookies`, in the order they were found.
    func pages(from start: [String], cookies: [WebDriverCookie]) throws -> [CrawledPage] {
        var queue = start
        var seen = Set(start)
        var shapes: [String: Int] = [:]
        var pages: [CrawledPage] = []
        while !queue.isEmpty, pages.count < limit {
            let path = queue.removeFirst()
            let (status, html) = try live.rawPage(path, cookies: cookies)
            guard let html else { continue }
            pages.append(CrawledPage(path: path, status: status, html: html))
            for link in Self.links(in: html) where !seen.contains(link) {
                seen.insert(link)
                let shape = Self.shape(of: link)
                guard shapes[shape, default: 0] < perShape else { continue }
                shapes[shape, default: 0] += 1
                queue.append(link)
            }
        }
        return pages
    }

    /// The path with every number replaced, e.g. `/people/#/plan` for `/people/12/plan`.
    static func shape(of path: String) -> String {
        path.replacingOccurrences(of: "[0-9]+", with: "#", options: .regularExpression)
    }

    /// The first page of each shape, in order.
    static func oneOfEachShape(_ pages: [CrawledPage]) -> [CrawledPage] {
        var shapes: Set<String> = []
        return pages.filter { shapes.insert(shape(of: $0.path)).inserted }
    }

    /// The same-origin targets of a page's `<a href>`s, without fragments, sign-out or static files.
    static func links(in html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "<a\\s[^>]*href=\"([^\"]*)\"")
        let range = NSRange(html.startIndex..., in: html)
        return pattern.matches(in: html, range: range).compactMap { match in
            guard let found = Range(match.range(at: 1), in: html) else { return nil }
            var link = html[found].replacingOccurrences(of: "&amp;", with: "&")
            if let hash = link.firstIndex(of: "#") { link = String(link[..<hash]) }
            guard link.hasPrefix("/"), !link.hasPrefix("//"), !link.hasPrefix("/static/"),
                !link.hasPrefix("/sign-out")
            else { return nil }
            return link
        }
    }
}
