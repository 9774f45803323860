import Domain
import Foundation
import Testing
@testable import App

/// `import` on a terminal shows rows read, checked and written with a rate once it has run for
/// a second, rewriting one line; to a pipe or file it says nothing but its summary.
@Suite struct ImportProgressTests {
    /// A clock the test moves by hand.
    final class Clock: @unchecked Sendable {
        var now = 100.0
    }

    @Test func aTerminalSeesNothingForTheFirstSecondThenOneLineRewrittenInPlace() {
        let clock = Clock()
        var written: [String] = []
        let meter = TerminalProgress(isTerminal: true, write: { written.append($0) }, clock: { clock.now })
        clock.now += 0.5
        meter.update(ImportProgress(total: 4000, checked: 1000))
        #expect(written.isEmpty, "quick imports stay quiet")
        clock.now += 0.6
        meter.update(ImportProgress(total: 4000, checked: 2000))
        #expect(written == ["\rrows read 4,000 · checked 2,000 · written 0 · 1,818 rows a second\u{1B}[K"])
        clock.now += 0.1
        meter.update(ImportProgress(total: 4000, checked: 3000))
        #expect(written.count == 1, "no more than five updates a second")
        clock.now += 0.9
        meter.update(ImportProgress(total: 4000, checked: 4000, written: 2000))
        #expect(written.last == "\rrows read 4,000 · checked 4,000 · written 2,000 · 952 rows a second\u{1B}[K")
        meter.finish()
        #expect(written.last?.hasSuffix("\n") == true)
    }

    @Test func aPipeOrAFileSeesNothingAtAll() {
        let clock = Clock()
        var written: [String] = []
        let meter = TerminalProgress(isTerminal: false, write: { written.append($0) }, clock: { clock.now })
        for step in 1...20 {
            clock.now += 1
            meter.update(ImportProgress(total: 20000, checked: step * 1000))
        }
        meter.finish()
        #expect(written.isEmpty)
    }

    @Test func aQuickImportEndsWithoutALineOfProgress() {
        var written: [String] = []
        let meter = TerminalProgress(isTerminal: true, write: { written.append($0) }, clock: { 5 })
        meter.update(ImportProgress(total: 3, checked: 3, written: 3))
        meter.finish()
        #expect(written.isEmpty)
    }

    @Test func theImporterReportsRowsCheckedAndWrittenUpToTheTotal() throws {
        let test = try TestApp()
        var csv = "ref,preferred_name,district,cohort_group,status,opened_on,closed_on,closure_reason,homelessness,mental_health,substance_misuse,domestic_abuse,offending\n"
        for n in 1...2500 { csv += "CF-\(n),Person \(n),fenland,not-known,open,2025-01-0\(n % 9 + 1),,,yes,yes,no,no,yes\n" }
        var seen: [ImportProgress] = []
        let outcome = try Importer.run(
            kind: .people, bytes: Array(csv.utf8), file: "people.csv", dryRun: false, pool: test.pool,
            log: test.app.services.personalData.log, userID: nil, now: test.now) { seen.append($0) }
        #expect(outcome.errors.isEmpty, "\(outcome.errors.prefix(3).map(\.description))")
        #expect(seen.first == ImportProgress(total: 2500, checked: 1000))
        #expect(seen.contains(ImportProgress(total: 2500, checked: 2500, written: 2000)))
        #expect(seen.last == ImportProgress(total: 2500, checked: 2500, written: 2500))
    }

    @Test(arguments: [(0, "0"), (999, "999"), (1000, "1,000"), (1234567, "1,234,567"), (-4200, "-4,200")])
    func countsAreGroupedByThousands(_ n: Int, _ text: String) {
        #expect(ImportProgress.grouped(n) == text)
    }
}
