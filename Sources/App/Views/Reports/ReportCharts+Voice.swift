import Domain

/// The chart of the person's own voice: the experience survey's shares (REPORTS.md, the
/// outcomes framework's `survey.*`), Cambridgeshire beside Peterborough.
extension ReportCharts {
    /// Each survey question's metric and the words the chart shows for it.
    static let voiceRows: [(String, String)] = [
        ("Had to tell their story more than once", "survey.told_story_more_than_once"),
        ("Turned away by a service", "survey.turned_away"),
        ("Made progress on a priority of their own", "survey.progress_on_priority"),
        ("Feel their voice is heard", "survey.voice_heard"), ("Feel more in control", "survey.in_control"),
        ("Satisfied with how support started", "survey.intake_satisfied"),
    ]

    var voice: Chart {
        bars(
            id: "report-survey", heading: "In their own words: the experience survey",
            explanation: "The share of people answering yes (for the first three) or agreeing or strongly agreeing (for the "
                + "last three), among those who answered that question. Over each person's latest survey in the 182 days "
                + "up to the quarter's end: " + figures.peopleInCounties("survey.responses") + ". Lower is better for the "
                + "first two.",
            title: "Experience survey answers: Cambridgeshire beside Peterborough", rows: Self.voiceRows, column: "Question")
    }
}
