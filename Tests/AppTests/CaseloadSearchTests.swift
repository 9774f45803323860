import Domain
import Foundation
import Testing
@testable import App

/// Issue 15: a reference is found however it is typed, and a page past the end of the caseload
/// shows the last page rather than "Showing 4901–4900 of 120".
@Suite struct CaseloadSearchTests {
    @Test(arguments: ["2", "0002", "cf-2", "CF-0002", "cf2", " CF 02 "])
    func aReferenceIsFoundWithOrWithoutItsPrefixAndZeros(typed: String) throws {
        let test = try TestApp()
        try test.refer("Robin Ashdown")
        let alex = try test.refer("Alex Fenwick")
        let ref = try #require(try test.pool.read { db in try IndividualStore.find(id: alex, db) }?.ref)
        #expect(ref == "CF-0002")
        let coordinator = try test.signedIn([.coordinator])
        let encoded = typed.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? typed
        let page = try coordinator.get("/caseload?q=\(encoded)")
        #expect(page.contains("Showing 1–1 of 1"))
        #expect(page.contains("Alex Fenwick"))
        #expect(!page.contains("Robin Ashdown"))
    }

    @Test func aNameIsStillSearchedAsAName() throws {
        let test = try TestApp()
        try test.refer("Robin Ashdown")
        try test.refer("Alex Fenwick")
        let page = try test.signedIn([.coordinator]).get("/caseload?q=fenw")
        #expect(page.contains("Showing 1–1 of 1"))
        #expect(page.contains("Alex Fenwick"))
    }

    @Test func aPagePastTheEndShowsTheLastPage() throws {
        let test = try TestApp()
        for number in 1...(CaseloadFilter.pageSize + 2) { try test.refer("Person \(number)") }
        let page = try test.signedIn([.coordinator]).get("/caseload?page=99&sort=reference")
        #expect(page.status == 200)
        #expect(page.contains("Showing 51–52 of 52"))
        #expect(page.contains("Page 2 of 2"))
        #expect(page.contains("rel=\"prev\""))
        #expect(!page.contains("No one matches."))
    }
}
