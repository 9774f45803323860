import Testing

/// Every browser journey, one at a time: each starts its own app and its own Chromium, and
/// running two Chromiums at once on a small CI machine makes journeys slow and flaky.
///
/// Each journey lives in a nested suite in its own file (`BrowserJourneys+SignIn.swift`, …).
@Suite(.serialized, .requiresBrowser, .timeLimit(.minutes(2)))
struct BrowserJourneys {}
