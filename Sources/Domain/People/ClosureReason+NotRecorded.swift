/// A closed case whose reason nobody recorded. REPORTS.md marks the import's `closure_reason`
/// optional, so an imported closed case may have none; pages say so in words rather than
/// leave a gap or guess one. Closing a case in the app always asks for the reason.
extension ClosureReason {
    /// What a page shows in place of the reason when it was not recorded.
    public static let notRecordedTitle = "reason not recorded"

    /// The reason's title, or "reason not recorded" when there is none.
    public static func title(of reason: ClosureReason?) -> String {
        reason?.title ?? notRecordedTitle
    }
}
