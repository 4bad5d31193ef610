/// Fuzzy matching for the command palette: every character of the query must appear in order;
/// matches at the start of the text or of a word, and consecutive matches, score higher; shorter
/// texts win ties. Both sides are folded (accents and case ignored) by the caller.
package enum FuzzyMatch {
    /// The score of `query` in `text`, or nil when it does not match. Higher is better.
    package static func score(_ query: String, in text: String) -> Int? {
        guard !query.isEmpty else { return 0 }
        let needle = Array(query.unicodeScalars)
        let haystack = Array(text.unicodeScalars)
        var score = 0
        var position = 0
        var previous = -2
        for character in needle where character != " " {
            guard let found = haystack[position...].firstIndex(of: character) else { return nil }
            let wordStart = found == 0 || !haystack[found - 1].properties.isAlphabetic
            score += wordStart ? 10 : 1
            if found == previous + 1 { score += 5 }
            previous = found
            position = found + 1
        }
        if text.hasPrefix(query) { score += 20 }
        return score * 100 - haystack.count
    }
}
