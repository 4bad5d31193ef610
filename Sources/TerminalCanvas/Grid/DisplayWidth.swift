/// How many terminal columns text takes, independent of the C library and the locale, so that
/// layout in the grid is the same in tests, under `LANG=C` and over SSH.
///
/// Combining marks and other zero-width characters take no column; East Asian wide and fullwidth
/// characters and emoji take two; everything else takes one.
public enum DisplayWidth {
    /// The columns of one character (a grapheme cluster): the width of its first scalar, or two
    /// for an emoji presentation sequence.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.count > 1, scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return of(first)
    }

    /// The columns of one scalar.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if value == 0x200B || (0x1160...0x11FF).contains(value) { return 0 }
        if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// The columns of a string.
    public static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

extension StringProtocol {
    /// The text cut to at most `columns` display columns, ending with `ellipsis` when something
    /// was cut: "Kepulauan Siau Tagulandang Biaro" in 20 columns is "Kepulauan Siau Tagu…".
    public func truncated(toColumns columns: Int, ellipsis: String = "…") -> String {
        guard columns > 0 else { return "" }
        if DisplayWidth.of(self) <= columns { return String(self) }
        let room = columns - DisplayWidth.of(ellipsis)
        guard room >= 0 else { return String(ellipsis.prefix(columns)) }
        var result = ""
        var used = 0
        for character in self {
            let width = DisplayWidth.of(character)
            if used + width > room { break }
            result.append(character)
            used += width
        }
        return result + ellipsis
    }

    /// Running text cut to at most `columns` display columns at the end of a word, with
    /// `ellipsis`: "Over all 514 regencies/cities: 243/514" in 20 columns is "Over all 514 …"; a
    /// single word longer than the room (or a cut that would keep less than half of it) is cut
    /// inside the word, as `truncated` does.
    public func truncatedAtWord(toColumns columns: Int, ellipsis: String = "…") -> String {
        guard DisplayWidth.of(self) > columns else { return String(self) }
        let cut = truncated(toColumns: columns, ellipsis: ellipsis).dropLast(ellipsis.count)
        guard let space = cut.lastIndex(of: " "), DisplayWidth.of(cut[..<space]) * 2 >= columns else {
            return truncated(toColumns: columns, ellipsis: ellipsis)
        }
        return String(cut[...space]) + ellipsis
    }

    /// The text padded with spaces (or cut) to exactly `columns`, aligned left or right.
    public func padded(toColumns columns: Int, alignment: TextAlignment = .left, ellipsis: String = "…") -> String {
        let cut = truncated(toColumns: columns, ellipsis: ellipsis)
        let padding = String(repeating: " ", count: Swift.max(0, columns - DisplayWidth.of(cut)))
        switch alignment {
        case .left: return cut + padding
        case .right: return padding + cut
        case .center:
            let left = padding.count / 2
            return String(repeating: " ", count: left) + cut + String(repeating: " ", count: padding.count - left)
        }
    }
}

/// Where text sits in a space wider than itself.
public enum TextAlignment: Sendable {
    case left, right, center
}
