/// Spotting control characters in decoded form fields.
extension FormData {
    /// Whether any name or value holds a C0 control character other than TAB, CR and LF
    /// (NUL, backspace, escape, form feed…), which no form field typed by a person contains.
    public var containsControlCharacters: Bool {
        all.contains { Self.containsControlCharacters($0.0) || Self.containsControlCharacters($0.1) }
    }

    /// Whether `text` holds a C0 control character (U+0000–U+001F) other than TAB, CR and LF.
    public static func containsControlCharacters(_ text: String) -> Bool {
        text.utf8.contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
    }
}
