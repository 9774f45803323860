import Domain
import Testing

/// Metric keys read as words; a key the report does not define has no name.
@Suite struct ReportMetricNameTests {
    @Test(arguments: [
        ("caseload.open", "People open at quarter end"),
        ("star.stage_up.tenancy", "Star, managing tenancy and accommodation: share who moved up a Journey of Change stage (%)"),
        ("ndt.reduction.stress", "NDT, stress and anxiety: reduction in weighted score (%)"),
        ("accommodation.people.tenancy_social.q4", "People with any nights in a social tenancy of their own, quarter 4 of support"),
        ("accommodation.stable.q6", "In stable housing 18 months after support began (%)"),
        ("service_use.q0_q8.reduction.arrests", "Reduction in arrests from the quarter before support to quarter 8 of support (%)"),
        ("service_use.q1_q4.people", "People with service-use records for quarter 1 of support and quarter 4 of support"),
    ])
    func readsAsWords(_ metric: String, _ expected: String) {
        #expect(ReportMetricName.readable(metric) == expected)
    }

    @Test(arguments: ["caseload.nonsense", "star.increased.flying", "ndt.reduction", "accommodation.stable.q3", "service_use.q2_q4.people", "weather.today"])
    func anUnknownKeyHasNoName(_ metric: String) {
        #expect(ReportMetricName.readable(metric) == nil)
    }
}
