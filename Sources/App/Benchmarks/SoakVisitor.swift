import Domain
import Foundation

/// The soak's visitors: threads that each keep a connection and loop over reads, writes and
/// sign-ins (`SoakBenchmark`), counting every answer that was not the expected one.
struct SoakVisitor: Sendable {
    /// Counts over one stretch of the soak.
    struct Tally: Sendable {
        var requests = 0
        var reads = 0
        var writes = 0
        var signIns = 0
        var errors = 0
        /// Each kind of error (`GET /sign-in → 503`, `… → no answer`) with how often it happened.
        var failures: [String: Int] = [:]

        mutating func add(_ other: Tally) {
            requests += other.requests
            reads += other.reads
            writes += other.writes
            signIns += other.signIns
            errors += other.errors
            failures.merge(other.failures, uniquingKeysWith: +)
        }

        /// Counts an error: `request` got `status` (nil when the connection failed).
        mutating func fail(_ request: String, _ status: Int?) {
            errors += 1
            failures[request + " → " + (status.map(String.init) ?? "no answer"), default: 0] += 1
        }
    }

    let port: Int
    let accounts: SoakAccounts
    let people: Int

    /// The pages benchmark's pages, with the cookie of the role that reads each.
    private var pages: [(String, String)] {
        let person = IndividualID(Int64(people / 2))
        return [
            ("/static/app.css", accounts.coordinatorCookie),
            (Route.caseload.path, accounts.coordinatorCookie),
            (Route.caseload.path + "?district=peterborough&sort=name&page=20", accounts.coordinatorCookie),
            (Route.caseload.path + "?assessment_due=1", accounts.coordinatorCookie),
            (Route.caseload.path + "?no_trusted_person=1&sort=status", accounts.coordinatorCookie),
            (Route.caseload.path + "?interim_only=1&sort=district", accounts.coordinatorCookie),
            (Route.person(person).path, accounts.coordinatorCookie),
            (Route.progress(person).path, accounts.coordinatorCookie),
            (Route.reports.path + "?quarter=2024Q1", accounts.managerCookie),
            (Route.network.path, accounts.managerCookie),
            (Route.trustedPeople.path, accounts.coordinatorCookie),
        ]
    }

    /// People among the first 200 whose record takes a contact, found by trying after the
    /// coordinator records each one's consent to share notes with the coordination team (an
    /// import records none).
    func writablePeople() -> [Int64] {
        guard let connection = SoakConnection(port: port) else { return [] }
        let consent = [("recipient", "coordination-team"), ("categories", "notes"), ("purpose", "Soak support"),
                       ("how_given", "verbal"), ("given_on", Self.today()), ("_csrf", SoakAccounts.csrfToken)]
        return (1...Int64(min(200, people))).filter { id in
            let person = IndividualID(id)
            return connection.post(Route.consents(person).path, cookie: accounts.coordinatorCookie, consent)?.status == 303
                && connection.post(Route.contacts(person).path, cookie: accounts.coordinatorCookie, contact())?.status == 303
        }
    }

    /// Runs `threads` visitors until `deadline`; their counts added up.
    func run(until deadline: Date, writable: [Int64], threads: Int) -> Tally {
        let total = LockedTally()
        let finished = DispatchGroup()
        for index in 0..<threads {
            finished.enter()
            let thread = Thread {
                total.add(visit(until: deadline, writable: writable, signer: accounts.signerEmails[index % accounts.signerEmails.count]))
                finished.leave()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        finished.wait()
        return total.value
    }

    private func visit(until deadline: Date, writable: [Int64], signer: String) -> Tally {
        var tally = Tally()
        var connection = SoakConnection(port: port)
        let pages = self.pages
        while Date() < deadline {
            guard let open = connection else {
                tally.fail("connect", nil)
                connection = SoakConnection(port: port)
                continue
            }
            let roll = Int.random(in: 0..<100)
            if roll < 5 {
                tally.add(signIn(signer))
            } else if roll < 20, let id = writable.randomElement() {
                let status = open.post(Route.contacts(IndividualID(id)).path, cookie: accounts.coordinatorCookie, contact())?.status
                tally.requests += 1
                tally.writes += 1
                if status != 303 { tally.fail("POST /people/ID/contacts", status) }
                if status == nil { connection = nil }
            } else {
                let (path, cookie) = pages[Int.random(in: 0..<pages.count)]
                let status = open.get(path, cookie: cookie)?.status
                tally.requests += 1
                tally.reads += 1
                if status != 200 { tally.fail("GET " + path, status) }
                if status == nil { connection = nil }
            }
        }
        return tally
    }

    /// A trusted person's whole visit on a new connection: sign-in page, password, their page,
    /// sign-out. Four requests; each unexpected answer is an error.
    private func signIn(_ email: String) -> Tally {
        var tally = Tally()
        tally.signIns = 1
        func expect(_ request: String, _ answer: SoakConnection.Answer?, _ status: Int) -> SoakConnection.Answer? {
            tally.requests += 1
            guard let answer, answer.status == status else {
                tally.fail(request, answer?.status)
                return nil
            }
            return answer
        }
        guard let connection = SoakConnection(port: port) else {
            tally.fail("connect for sign-in", nil)
            return tally
        }
        guard let page = expect("GET /sign-in", connection.get(Route.signIn.path, cookie: ""), 200), let token = page.formToken,
              let signedIn = expect("POST /sign-in", connection.post(
                  Route.signIn.path, cookie: page.cookies.joined(separator: "; "),
                  [("email", email), ("password", SoakAccounts.password), ("_csrf", token)]), 303)
        else { return tally }
        let cookie = (page.cookies + signedIn.cookies).joined(separator: "; ")
        guard let home = expect("GET /alongside", connection.get(Route.alongside.path, cookie: cookie), 200),
              let sessionToken = home.formToken
        else { return tally }
        _ = expect("POST /sign-out", connection.post(Route.signOut.path, cookie: cookie, [("_csrf", sessionToken)]), 303)
        return tally
    }

    private func contact() -> [(String, String)] {
        [("contact_on", Self.today()), ("kind", "phone"), ("category", "notes"), ("note", "Soak contact"),
         ("_csrf", SoakAccounts.csrfToken)]
    }

    private static func today() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "Europe/London")
        return formatter.string(from: Date())
    }

    /// Tallies from every visitor thread.
    private final class LockedTally: @unchecked Sendable {
        // Guarded by `lock`.
        private var tally = Tally()
        private let lock = NSLock()

        func add(_ other: Tally) { lock.withLock { tally.add(other) } }

        var value: Tally { lock.withLock { tally } }
    }
}
