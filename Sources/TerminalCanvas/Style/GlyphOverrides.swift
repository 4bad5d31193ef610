/// The shapes of box borders in Unicode.
public enum BorderStyle: String, CaseIterable, Hashable, Sendable {
    case light, rounded, heavy, double

    /// Horizontal, vertical, top-left, top-right, bottom-left, bottom-right.
    var characters: (Character, Character, Character, Character, Character, Character) {
        switch self {
        case .light: return ("─", "│", "┌", "┐", "└", "┘")
        case .rounded: return ("─", "│", "╭", "╮", "╰", "╯")
        case .heavy: return ("━", "┃", "┏", "┓", "┗", "┛")
        case .double: return ("═", "║", "╔", "╗", "╚", "╝")
        }
    }
}

/// What a theme changes in the glyphs: ASCII whatever the locale, a border style, or single
/// characters. Unicode choices are ignored when the terminal can only show ASCII.
public struct GlyphOverrides: Hashable, Sendable {
    public var forceASCII = false
    public var border: BorderStyle?
    public var ellipsis: String?
    public var sortAscending: Character?
    public var sortDescending: Character?
    public var selectionMarker: Character?
    public var gaugeEmpty: Character?

    public init(forceASCII: Bool = false, border: BorderStyle? = nil, ellipsis: String? = nil, sortAscending: Character? = nil,
                sortDescending: Character? = nil, selectionMarker: Character? = nil, gaugeEmpty: Character? = nil) {
        self.forceASCII = forceASCII
        self.border = border
        self.ellipsis = ellipsis
        self.sortAscending = sortAscending
        self.sortDescending = sortDescending
        self.selectionMarker = selectionMarker
        self.gaugeEmpty = gaugeEmpty
    }
}

extension GlyphSet {
    /// The glyphs with a theme's overrides applied; an ASCII glyph set only takes ASCII overrides.
    public func applying(_ overrides: GlyphOverrides) -> GlyphSet {
        if overrides.forceASCII || !isUnicode {
            var result = GlyphSet.ascii
            func ascii(_ character: Character?) -> Character? { character.flatMap { $0.isASCII ? $0 : nil } }
            if let ellipsis = overrides.ellipsis, ellipsis.allSatisfy(\.isASCII) { result.ellipsis = ellipsis }
            result.sortAscending = ascii(overrides.sortAscending) ?? result.sortAscending
            result.sortDescending = ascii(overrides.sortDescending) ?? result.sortDescending
            result.selectionMarker = ascii(overrides.selectionMarker) ?? result.selectionMarker
            result.gaugeEmpty = ascii(overrides.gaugeEmpty) ?? result.gaugeEmpty
            return result
        }
        var result = self
        if let border = overrides.border {
            (result.horizontal, result.vertical, result.topLeft, result.topRight, result.bottomLeft, result.bottomRight) = border.characters
        }
        result.ellipsis = overrides.ellipsis ?? result.ellipsis
        result.sortAscending = overrides.sortAscending ?? result.sortAscending
        result.sortDescending = overrides.sortDescending ?? result.sortDescending
        result.selectionMarker = overrides.selectionMarker ?? result.selectionMarker
        result.gaugeEmpty = overrides.gaugeEmpty ?? result.gaugeEmpty
        return result
    }
}
