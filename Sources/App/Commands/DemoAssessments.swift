import Domain
import Foundation
import SQLite

/// Demo assessments for one person: an Outcomes Star and an NDT about every three months from
/// the day their case opened, with change that is realistic — most improve, some stall or slip —
/// plus accommodation and unplanned service use for each quarter of support.
struct DemoAssessments {
    let today: CalendarDate
    let now: Date
    let userID: Int64?

    func add(_ individualID: Int64, openedOn: CalendarDate, random: inout DemoRandom, _ db: Database) throws {
        let trend = random.chance(0.7) ? 1.0 : (random.chance(0.5) ? 0.0 : -0.5)
        var star = Dictionary(uniqueKeysWithValues: StarArea.allCases.map { ($0, Int.random(in: 2...4, using: &random)) })
        var ndt = Dictionary(uniqueKeysWithValues: NDTItem.allCases.map { ($0, Int.random(in: 2...4, using: &random)) })
        var day = openedOn.adding(days: Int.random(in: 3...20, using: &random))
        while day <= today {
            try AssessmentStore.addStar(
                StarReading(scores: star, assessedOn: day), tookPart: "The person and their trusted person", note: "",
                individualID: individualID, by: userID, now: now, db)
            try AssessmentStore.addNDT(NDTAssessment(ratings: ndt, assessedOn: day), individualID: individualID, by: userID, now: now, db)
            for area in StarArea.allCases where random.chance(0.6) {
                star[area] = min(10, max(1, star[area]! + step(trend, &random)))
            }
            for item in NDTItem.allCases where random.chance(0.5) {
                ndt[item] = min(4, max(0, ndt[item]! - step(trend, &random)))
            }
            day = day.adding(days: Int.random(in: 80...100, using: &random))
        }
        try addQuarters(individualID, openedOn: openedOn, improving: trend > 0, random: &random, db)
    }

    private func step(_ trend: Double, _ random: inout DemoRandom) -> Int {
        let roll = Double.random(in: -1...1.6, using: &random) + trend * 0.6
        return roll > 1 ? 1 : (roll < -0.6 ? -1 : 0)
    }

    private func addQuarters(_ individualID: Int64, openedOn: CalendarDate, improving: Bool, random: inout DemoRandom, _ db: Database) throws {
        let support = SupportQuarter(openedOn: openedOn)
        var rough = Int.random(in: 20...70, using: &random)
        var quarter = 0
        while support.hasEnded(quarter, asAt: today) && quarter <= 16 {
            let days = support.days(quarter)
            let scale = improving ? max(0.1, 1.0 - Double(quarter) * 0.2) : 1.0
            try QuarterRecordStore.saveServiceUse(
                ServiceUseRecord(quarter: quarter, counts: [
                    .prisonNights: Int(Double(Int.random(in: 0...12, using: &random)) * scale),
                    .mentalHealthAdmissions: Int(Double(Int.random(in: 0...2, using: &random)) * scale),
                    .arrests: Int(Double(Int.random(in: 0...3, using: &random)) * scale),
                    .aeAttendances: Int(Double(Int.random(in: 0...5, using: &random)) * scale),
                    .section136: random.chance(0.2 * scale) ? 1 : 0,
                    .evictions: random.chance(0.15 * scale) ? 1 : 0,
                ]), individualID: individualID, by: userID, now: now, db)
            if quarter >= 1 {
                rough = improving ? max(0, rough - Int.random(in: 5...25, using: &random)) : min(days, rough + Int.random(in: -10...10, using: &random))
                rough = max(0, min(rough, days))
                let hostel = min(days - rough, Int.random(in: 0...40, using: &random))
                let supported = improving ? min(days - rough - hostel, quarter * 15) : 0
                let tenancy = improving && quarter >= 3 ? days - rough - hostel - supported : 0
                let family = days - rough - hostel - supported - tenancy
                try QuarterRecordStore.saveAccommodation(
                    AccommodationRecord(quarter: quarter, nights: [
                        .roughSleeping: rough, .bedAndBreakfastOrHostel: hostel, .supportedAccommodation: supported,
                        .ownTenancy: tenancy, .livingWithFamilyOrFriends: max(0, family),
                    ]), individualID: individualID, by: userID, now: now, db)
            }
            quarter += 1
        }
    }
}
