/// The characters the widgets draw with: Unicode box-drawing and block characters when the
/// terminal's locale is UTF-8, plain ASCII otherwise (ncursesw prints non-ASCII as blanks or
/// garbage under `LANG=C`).
public struct GlyphSet: Hashable, Sendable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    public var teeLeft: Character
    public var teeRight: Character
    public var ellipsis: String
    public var emDash: String
    /// Between items on one line: " · ".
    public var separator: String
    public var arrowUp: String
    public var arrowDown: String
    public var arrowLeft: String
    public var arrowRight: String
    /// Partial blocks for gauges and bars, from empty to full, in eighths (9 entries).
    public var eighths: [Character]
    public var gaugeEmpty: Character
    /// The fills of a stacked gauge's parts after the first, which uses the full block: each
    /// part readable by its shape alone, without colour ("▓", "▒" / "+", "-").
    public var shades: [Character]
    /// Sparkline levels from lowest to highest.
    public var sparkLevels: [Character]
    public var sortAscending: Character
    public var sortDescending: Character
    public var selectionMarker: Character
    public var isUnicode: Bool

    public static let unicode = GlyphSet(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        teeLeft: "├", teeRight: "┤", ellipsis: "…", emDash: "—", separator: " · ", arrowUp: "↑", arrowDown: "↓", arrowLeft: "←", arrowRight: "→",
        eighths: [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"], gaugeEmpty: "░", shades: ["▓", "▒"],
        sparkLevels: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"], sortAscending: "▲", sortDescending: "▼",
        selectionMarker: "▶", isUnicode: true)

    public static let ascii = GlyphSet(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        teeLeft: "+", teeRight: "+", ellipsis: "~", emDash: "-", separator: " | ", arrowUp: "Up", arrowDown: "Down", arrowLeft: "Left", arrowRight: "Right",
        eighths: [" ", " ", " ", " ", "#", "#", "#", "#", "#"], gaugeEmpty: ".", shades: ["+", "-"],
        sparkLevels: ["_", ".", "-", "~", "=", "+", "*", "#"], sortAscending: "^", sortDescending: "v",
        selectionMarker: ">", isUnicode: false)
}
