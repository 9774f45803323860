import Domain

/// Small known assessments and records for the chart tests.
enum ChartSamples {
    static func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    static func star(_ iso: String, all score: Int) -> StarReading {
        StarReading(scores: Dictionary(uniqueKeysWithValues: StarArea.allCases.map { ($0, score) }), assessedOn: date(iso))
    }

    static func ndt(_ iso: String, all rating: Int) -> NDTAssessment {
        NDTAssessment(ratings: Dictionary(uniqueKeysWithValues: NDTItem.allCases.map { ($0, rating) }), assessedOn: date(iso))
    }

    static let support = SupportQuarter(openedOn: date("2024-10-01"))

    static let accommodation = [
        AccommodationRecord(quarter: 2, nights: [.roughSleeping: 10, .ownTenancy: 80]),
        AccommodationRecord(quarter: 1, nights: [.roughSleeping: 46, .nightShelter: 46]),
    ]

    static let serviceUse = [
        ServiceUseRecord(quarter: 0, counts: [.arrests: 4, .aeAttendances: 8]),
        ServiceUseRecord(quarter: 1, counts: [.arrests: 2, .aeAttendances: 2]),
    ]
}
