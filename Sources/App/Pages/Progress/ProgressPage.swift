import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// A person's progress: the Outcomes Star and NDT charts with their tables, accommodation and
/// service use by quarter, and whether an assessment is due. Everything here is category
/// `assessments`, read through `PersonalDataAccess`.
enum ProgressPage {
    /// What the progress page and "my progress" show.
    struct Data {
        let ndt: [StoredAssessment<NDTAssessment>]?
        let star: [StoredAssessment<StarReading>]?
        let accommodation: [AccommodationRecord]?
        let serviceUse: (kinds: [ServiceUseKind], records: [ServiceUseRecord])?
    }

    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(Route.progress) { context, individual in
            let (person, data) = try load(services, context, reason: "Opened the progress page")
            var values = chartValues(person, data, today: LondonTime.today(context.now))
            values["person"] = PersonHeading.values(person)
            values["canWork"] = .bool(try context.signedInUser.may(.workCaseload))
            return try services.page("progress/progress", title: "\(person.preferredName)'s progress", context, values)
        }
    }

    /// The individual named by `:id` and their assessments, in one logged read.
    static func load(_ services: AppServices, _ context: RequestContext, reason: String) throws -> (IndividualRecord, Data) {
        let id = try context.individualAccess.id.rawValue
        let loaded = try services.personalData.read(context, reason: reason) { db, readable -> (IndividualRecord, Data)? in
            guard let person = try IndividualStore.find(id: id, db) else { return nil }
            return (person, Data(
                ndt: try AssessmentStore.ndt(id, readable, db), star: try AssessmentStore.star(id, readable, db),
                accommodation: try QuarterRecordStore.accommodation(id, readable, db),
                serviceUse: try QuarterRecordStore.serviceUse(id, readable, db)))
        }
        guard let loaded else { throw AppError.notFound }
        return loaded
    }

    /// Charts, tables and due flags; `shared` is false when the reader may not see assessments.
    static func chartValues(_ person: IndividualRecord, _ data: Data, today: CalendarDate) -> [String: TemplateValue] {
        let support = person.openedOn.map(SupportQuarter.init(openedOn:))
        var serviceUseValues: [String: TemplateValue] = ["serviceUseShared": .bool(data.serviceUse != nil)]
        if let serviceUse = data.serviceUse, !serviceUse.records.isEmpty {
            let chart = ServiceUseChart(records: serviceUse.records, kinds: serviceUse.kinds, support: support)
            serviceUseValues["serviceUseSVG"] = .trustedHTML(chart.svg())
            serviceUseValues["serviceUseTable"] = table(chart.dataTable())
        }
        guard let ndt = data.ndt, let star = data.star else { return serviceUseValues.merging(["shared": false]) { $1 } }
        let readings = star.map(\.value)
        let assessments = ndt.map(\.value)
        var values: [String: TemplateValue] = [
            "shared": true,
            "copyright": .string(NDTAssessment.copyrightNotice),
            "hasStar": .bool(!readings.isEmpty), "hasNDT": .bool(!assessments.isEmpty),
            "starSVG": .trustedHTML(StarChart(readings: readings).svg()),
            "starTable": table(StarChart(readings: readings).dataTable()),
            "ndtTrendSVG": .trustedHTML(NDTTrendChart(assessments: assessments).svg()),
            "ndtTrendTable": table(NDTTrendChart(assessments: assessments).dataTable()),
            "ndtItemsSVG": .trustedHTML(NDTItemsChart(assessments: assessments).svg()),
            "ndtItemsTable": table(NDTItemsChart(assessments: assessments).dataTable()),
            "ndtList": .array(ndt.reversed().map { stored in
                ["id": .string(String(stored.id)), "correctPath": .string(Route.correctAssessment(IndividualID(person.id), .ndt, AssessmentID(stored.id)).path), "on": .string(stored.value.assessedOn.display), "onISO": .string(stored.value.assessedOn.iso), "total": .int(stored.value.weightedTotal),
                 "version": .int(stored.version), "corrected": .bool(stored.version > 1), "reason": .string(stored.changeReason),
                 "by": TemplateValue(stored.recordedBy)]
            }),
            "starList": .array(star.reversed().map { stored in
                ["id": .string(String(stored.id)), "correctPath": .string(Route.correctAssessment(IndividualID(person.id), .star, AssessmentID(stored.id)).path), "on": .string(stored.value.assessedOn.display), "onISO": .string(stored.value.assessedOn.iso), "version": .int(stored.version),
                 "corrected": .bool(stored.version > 1), "reason": .string(stored.changeReason), "tookPart": .string(stored.extra["tookPart"] ?? ""),
                 "by": TemplateValue(stored.recordedBy),
                 "areas": .array(StarArea.allCases.map { area in
                     ["title": .string(area.title), "score": .int(stored.value.score(area)), "stage": .string(stored.value.stage(area).title)]
                 })]
            }),
        ]
        if let openedOn = person.openedOn {
            let ndtDue = AssessmentDue.reason(openedOn: openedOn, today: today, assessedOn: assessments.map(\.assessedOn))
            let starDue = AssessmentDue.reason(openedOn: openedOn, today: today, assessedOn: readings.map(\.assessedOn))
            values["due"] = .array([ndtDue.map { "NDT: " + $0.message }, starDue.map { "Outcomes Star: " + $0.message }].compactMap { $0 }.map { .string($0) })
        }
        if let accommodation = data.accommodation, !accommodation.isEmpty {
            let chart = AccommodationChart(records: accommodation, support: support)
            values["accommodationSVG"] = .trustedHTML(chart.svg())
            values["accommodationTable"] = table(chart.dataTable())
        }
        return values.merging(serviceUseValues) { $1 }
    }

    static func table(_ data: (headers: [String], rows: [[String]])) -> TemplateValue {
        [
            "headers": .array(data.headers.map { .string($0) }),
            "rows": .array(data.rows.map { row in
                ["first": .string(row.first ?? ""), "rest": .array(row.dropFirst().map { .string($0) })]
            }),
        ]
    }
}
