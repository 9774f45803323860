import Foundation

/// How the app decides that two typed names are the same name.
///
/// Why: PRODUCT.md, "Trust network": an unsafe marking is about a person, not one record, so
/// "Kyle  O'Brien", "kyle o’brien" and "Kylé OBrien" must all be recognised as the name that
/// was marked. Matching errs towards a match: a false match costs a coordinator one
/// confirmation, a missed one can put someone who harms the person back in their circle.
package enum PersonName {
    /// Letters with no decomposition that people still type without their mark.
    private static let foldedLetters: [Character: String] = [
        "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h", "ŧ": "t",
    ]

    /// The name reduced to what matters for matching: compatibility-decomposed (so accents,
    /// ligatures and full-width letters come apart), accents dropped, case folded without any
    /// locale, and everything but letters and digits removed (spaces, hyphens, apostrophes
    /// and full stops of every kind). Empty when the name has no letters or digits.
    package static func matchKey(_ name: String) -> String {
        var key = ""
        for scalar in name.decomposedStringWithCompatibilityMapping.unicodeScalars {
            let properties = scalar.properties
            guard !properties.generalCategory.isMark, properties.isAlphabetic || properties.numericType != nil else { continue }
            for character in String(scalar).uppercased().lowercased() {
                key += foldedLetters[character] ?? String(character)
            }
        }
        return String(key.unicodeScalars.filter { !$0.properties.generalCategory.isMark })
    }

    /// Whether two names are the same name by `matchKey`; a name with no letters or digits
    /// matches nothing.
    package static func same(_ first: String, _ second: String) -> Bool {
        let key = matchKey(first)
        return !key.isEmpty && key == matchKey(second)
    }
}

extension Unicode.GeneralCategory {
    /// Whether this is a combining mark (an accent left after case mapping, such as the dot of İ).
    fileprivate var isMark: Bool {
        self == .nonspacingMark || self == .spacingMark || self == .enclosingMark
    }
}
