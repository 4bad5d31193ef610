/// What was typed in the finder, folded and read forgivingly, to be matched against many texts:
/// accents and case do not matter, a short name ("jatim", "sulsel", "dki") stands for its
/// province, and a word of five letters or more may carry a typo ("makasar" finds Makassar).
///
/// `score` ranks names for the finder's list; `matches` narrows a list screen's rows as the user
/// types. Both read the same words, so a row the list keeps is a row the finder names.
package struct FinderQuery: Sendable {
    /// The folded text as typed, spaces trimmed.
    package let text: String
    /// The words as typed, and with each short name expanded (when there is one).
    package let readings: [[String]]

    package init(_ typed: String) {
        text = SearchText.fold(typed).split(separator: " ").joined(separator: " ")
        let words = text.split(separator: " ").map(String.init)
        let expanded = words.flatMap { word in (Abbreviations.table[word] ?? word).split(separator: " ").map(String.init) }
        readings = expanded == words ? [words] : [words, expanded]
    }

    package var isEmpty: Bool { text.isEmpty }

    /// How well a name matches, higher is better; nil when it does not. `title` is the folded name
    /// as shown, `key` the folded text it is found by (the title and its other names and codes).
    /// From best to worst: the whole name, the start of the name, every word in the key, every word
    /// in it allowing typos, the letters in order (the palette's fuzzy match).
    package func score(title: String, key: String) -> Int? {
        guard !isEmpty else { return nil }
        let phrases = readings.map { $0.joined(separator: " ") }
        let tier: Int
        if phrases.contains(title) {
            tier = 5
        } else if phrases.contains(where: title.hasPrefix) {
            tier = 4
        } else if readings.contains(where: { $0.allSatisfy(key.contains) }) {
            tier = 3
        } else if matches(key) {
            tier = 2
        } else if let fuzzy = FuzzyMatch.score(text, in: key) {
            return max(0, min(fuzzy, Self.tierSize / 2))
        } else {
            return nil
        }
        return tier * Self.tierSize - min(key.count, Self.tierSize - 1)
    }

    /// The width of one rank of `score`: a better rank always wins over a shorter key.
    package static let tierSize = 1_000_000

    /// True when every word of one reading is in the folded text, or close to one of its words.
    package func matches(_ folded: String) -> Bool {
        guard !isEmpty else { return true }
        var textWords: [String]?
        return readings.contains { words in
            words.allSatisfy { word in
                if folded.contains(word) { return true }
                guard word.count >= 5 else { return false }
                if textWords == nil { textWords = folded.split { !$0.isLetter }.map(String.init) }
                return textWords!.contains { Self.isTypo(word, of: $0) }
            }
        }
    }

    /// True when `typed` is within one edit of `word` (two for words of eight letters or more),
    /// or of its start as long as `typed` (a word still being typed).
    package static func isTypo(_ typed: String, of word: String) -> Bool {
        let allowed = typed.count >= 8 ? 2 : 1
        let target = Array(word.unicodeScalars)
        let source = Array(typed.unicodeScalars)
        guard target.count + allowed >= source.count else { return false }
        if editDistance(source, target, limit: allowed) <= allowed { return true }
        return target.count > source.count && editDistance(source, Array(target.prefix(source.count)), limit: allowed) <= allowed
    }

    /// The Levenshtein distance between two texts, or `limit + 1` once it is sure to exceed it.
    static func editDistance(_ source: [Unicode.Scalar], _ target: [Unicode.Scalar], limit: Int) -> Int {
        guard abs(source.count - target.count) <= limit else { return limit + 1 }
        var previous = Array(0...target.count)
        for (row, character) in source.enumerated() {
            var current = [row + 1] + Array(repeating: 0, count: target.count)
            for column in target.indices {
                let substitution = previous[column] + (character == target[column] ? 0 : 1)
                current[column + 1] = min(substitution, previous[column + 1] + 1, current[column] + 1)
            }
            if current.min()! > limit { return limit + 1 }
            previous = current
        }
        return previous[target.count]
    }
}
