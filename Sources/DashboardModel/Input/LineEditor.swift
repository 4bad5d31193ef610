package import Localization

/// One line of typed text, edited at its end: what the prompt (`/`, `:`) and the fields of an
/// edit form share. A typed character is appended; pasted text is appended in one step, line
/// breaks and tabs becoming spaces and other control characters dropped; what would make the line
/// longer than `maximumLength` is refused.
package enum LineEditor {
    /// The longest line, in UTF-8 bytes (so that checking it costs nothing): far beyond any
    /// search, command or field, and short enough that every key stays instant.
    package static let maximumLength = 4096

    /// Appends a typed character; false (and the line unchanged) when it would be too long.
    package static func type(_ character: Character, into text: inout String) -> Bool {
        guard text.utf8.count + character.utf8.count <= maximumLength else { return false }
        text.append(character)
        return true
    }

    /// Appends pasted text in time linear in its length; false when some of it was refused for
    /// length (what fits is kept).
    package static func paste(_ pasted: String, into text: inout String) -> Bool {
        var room = maximumLength - text.utf8.count
        for character in pasted {
            let typed: Character
            if character.isNewline || character == "\t" {
                typed = " "
            } else if character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) {
                continue
            } else {
                typed = character
            }
            guard typed.utf8.count <= room else { return false }
            text.append(typed)
            room -= typed.utf8.count
        }
        return true
    }

    /// What the status bar says when text is refused for length.
    package static func refusal(_ language: Language) -> StatusMessage {
        StatusMessage(language.text(.promptTooLong, language.integer(maximumLength)), isError: true)
    }
}
