/// What importing one row did to the stored row with its key.
enum ImportChange: Sendable {
    case added, changed, unchanged
}
