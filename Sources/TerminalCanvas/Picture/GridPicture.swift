/// A screen as a picture of the terminal: every cell with the colours and weight the theme gives
/// its role at one colour depth, laid out on a fixed grid of `cellWidth` × `lineHeight` pixels.
/// `SVGPicture` and `HTMLPicture` write it out.
///
/// The terminal's own colours (a role without a colour) are xterm's: light grey on black for a
/// dark theme, black on white for a light one.
public struct GridPicture: Sendable {
    /// How one cell looks.
    public struct Look: Hashable, Sendable {
        public var foreground: UInt32
        public var background: UInt32
        public var bold: Bool
        public var underline: Bool
        public var dim: Bool
    }

    /// Consecutive cells of one row that are drawn together: one look, and text that keeps to the
    /// grid in any monospace font (a wide or ambiguous glyph is a run of its own).
    public struct Run: Hashable, Sendable {
        public var row: Int
        public var column: Int
        /// The columns the run covers.
        public var width: Int
        public var text: String
        public var look: Look
        /// A glyph placed alone because it may not keep to the grid.
        public var isAlone: Bool
    }

    public static let cellWidth = 9
    public static let lineHeight = 18
    public static let fontSize = 15
    /// From the top of a row to the baseline of its text.
    public static let baseline = 14
    /// Fonts that have the box-drawing, block and braille glyphs, then any monospace font.
    public static let fontFamily = "'DejaVu Sans Mono', Menlo, Consolas, 'Noto Sans Mono', 'Liberation Mono', monospace"

    public let columns: Int
    public let rows: Int
    /// The terminal's own colours, behind and on every cell without colours of its own.
    public let defaultLook: Look
    public let runs: [Run]

    public var pixelWidth: Int { columns * Self.cellWidth }
    public var pixelHeight: Int { rows * Self.lineHeight }

    public init(_ grid: CellGrid, theme: Theme, depth: ColorDepth) {
        columns = grid.width
        rows = grid.height
        let plain = theme.isDark ? Look(foreground: 0xE5E5E5, background: 0x000000, bold: false, underline: false, dim: false)
            : Look(foreground: 0x000000, background: 0xFFFFFF, bold: false, underline: false, dim: false)
        defaultLook = plain
        var looks: [StyleRole: Look] = [:]
        for role in StyleRole.allCases {
            let style = theme.style(role, depth: depth)
            var foreground = style.foreground.map(TerminalPalette.rgb) ?? plain.foreground
            var background = style.background.map(TerminalPalette.rgb) ?? plain.background
            if style.attributes.contains(.reverse) { swap(&foreground, &background) }
            looks[role] = Look(foreground: foreground, background: background, bold: style.attributes.contains(.bold),
                               underline: style.attributes.contains(.underline), dim: style.attributes.contains(.dim))
        }
        var runs: [Run] = []
        for y in 0..<grid.height {
            var x = 0
            while x < grid.width {
                let cell = grid[x, y]
                let look = looks[cell.role] ?? plain
                if cell.isContinuation {
                    x += 1
                    continue
                }
                if !Self.keepsToTheGrid(cell) {
                    runs.append(Run(row: y, column: x, width: Int(cell.width), text: String(cell.character), look: look, isAlone: true))
                    x += Int(cell.width)
                    continue
                }
                var run = Run(row: y, column: x, width: 0, text: "", look: look, isAlone: false)
                while x < grid.width, grid[x, y].width == 1, looks[grid[x, y].role] ?? plain == look, Self.keepsToTheGrid(grid[x, y]) {
                    run.text.append(grid[x, y].character)
                    run.width += 1
                    x += 1
                }
                runs.append(run)
            }
        }
        self.runs = runs
    }

    /// Whether a cell's glyph has the same advance as a Latin letter in every font of the stack:
    /// ASCII, Latin letters, and the box-drawing and block elements. Anything else (braille,
    /// arrows, an ellipsis, a wide character) may come from a fallback font and is placed alone.
    static func keepsToTheGrid(_ cell: Cell) -> Bool {
        guard cell.width == 1 else { return false }
        return cell.character.unicodeScalars.allSatisfy { scalar in
            (0x20..<0x7F).contains(scalar.value) || (0xA0..<0x250).contains(scalar.value) || (0x2500..<0x25A0).contains(scalar.value)
        }
    }

    /// Runs of one background colour per row, other than the default one: the rectangles to
    /// paint under the text.
    public var backgrounds: [(row: Int, column: Int, width: Int, color: UInt32)] {
        var result: [(row: Int, column: Int, width: Int, color: UInt32)] = []
        for run in runs where run.look.background != defaultLook.background {
            if let last = result.last, last.row == run.row, last.column + last.width == run.column, last.color == run.look.background {
                result[result.count - 1].width += run.width
            } else {
                result.append((run.row, run.column, run.width, run.look.background))
            }
        }
        return result
    }
}

/// Text made safe for XML and HTML: `&`, `<`, `>`, `"` and `'` as entities, and characters that
/// XML 1.0 forbids (control characters) dropped.
enum MarkupText {
    static func escaped(_ text: some StringProtocol) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                let value = scalar.value
                if value < 0x20 || (0x7F..<0xA0).contains(value) || value == 0xFFFE || value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
