/// Figures in big digits, for a projector: a pixel font of the digits, `%`, `,`, `.`, `/`, `+`,
/// `-`, `!`, `?` and space in two sizes (3 × 5 and 5 × 7 pixels, every glyph of a font as high
/// as the others), drawn at a scale into the cell grid. With Unicode a cell holds two pixel rows
/// (`█`, `▀`, `▄`); without it every pixel row takes whole rows of `#`.
public struct BigDigits: Hashable, Sendable {
    /// The pixel fonts.
    public enum Font: Hashable, Sendable, CaseIterable {
        /// 3 × 5 pixels.
        case small
        /// 5 × 7 pixels.
        case large

        /// The pixel rows of every glyph.
        public var pixelHeight: Int { self == .small ? 5 : 7 }

        /// The glyphs, each as its pixel rows ("#" on, " " off), all of one height.
        public var glyphs: [Character: [String]] { self == .small ? BigDigits.smallGlyphs : BigDigits.largeGlyphs }
    }

    public var font: Font
    /// Columns per pixel.
    public var scaleX: Int
    /// Half rows per pixel: 1 puts two pixel rows in a cell, 2 one pixel row in a row.
    public var scaleY: Int

    public init(_ font: Font, scaleX: Int, scaleY: Int) {
        self.font = font
        self.scaleX = max(1, scaleX)
        self.scaleY = max(1, scaleY)
    }

    /// The sizes the glyph set can draw, tallest first: with Unicode, also the scales that put
    /// two pixel rows in a cell.
    public static func sizes(_ glyphs: GlyphSet) -> [BigDigits] {
        glyphs.isUnicode
            ? [BigDigits(.large, scaleX: 4, scaleY: 4), BigDigits(.large, scaleX: 3, scaleY: 3), BigDigits(.large, scaleX: 2, scaleY: 2),
               BigDigits(.small, scaleX: 2, scaleY: 2), BigDigits(.large, scaleX: 1, scaleY: 1), BigDigits(.small, scaleX: 1, scaleY: 1)]
            : [BigDigits(.large, scaleX: 4, scaleY: 4), BigDigits(.small, scaleX: 4, scaleY: 4), BigDigits(.large, scaleX: 2, scaleY: 2),
               BigDigits(.small, scaleX: 2, scaleY: 2), BigDigits(.small, scaleX: 1, scaleY: 2)]
    }

    /// The rows a figure takes.
    public var height: Int { (font.pixelHeight * scaleY + 1) / 2 }

    /// The columns `text` takes: its glyphs with one pixel between them.
    public func width(_ text: String) -> Int {
        let pixels = text.reduce(0) { $0 + (pixelRows($1).first?.count ?? 0) }
        return (pixels + max(0, text.count - 1)) * scaleX
    }

    /// The figure as lines of characters, blanks where no pixel is on: what `draw` writes.
    public func lines(_ text: String, glyphs: GlyphSet) -> [String] {
        let rows = text.map(pixelRows)
        let pixels = (0..<font.pixelHeight).map { row in rows.map { $0[row] }.joined(separator: " ").map { $0 == "#" } }
        let columns = width(text)
        return (0..<height).map { row in
            String((0..<columns).map { column -> Character in
                let x = column / scaleX
                let (upper, lower) = ((2 * row) / scaleY, (2 * row + 1) / scaleY)
                let top = upper < pixels.count && pixels[upper][x]
                let bottom = lower < pixels.count && pixels[lower][x]
                switch (top, bottom) {
                case (true, true): return glyphs.isUnicode ? "█" : "#"
                case (true, false): return glyphs.isUnicode ? "▀" : "#"
                case (false, true): return glyphs.isUnicode ? "▄" : "#"
                case (false, false): return " "
                }
            })
        }
    }

    /// Writes the figure with its top left at (x, y) in `role`, clipped to `clip`; cells without
    /// a pixel are left as they are.
    public func draw(_ text: String, in grid: inout CellGrid, x: Int, y: Int, role: StyleRole, glyphs: GlyphSet, clip: Rect? = nil) {
        for (row, line) in lines(text, glyphs: glyphs).enumerated() {
            for (column, character) in line.enumerated() where character != " " {
                grid.write(String(character), x: x + column, y: y + row, role: role, clip: clip)
            }
        }
    }

    /// The pixel rows of a character, a blank glyph of a digit's width for one the font lacks.
    private func pixelRows(_ character: Character) -> [String] {
        font.glyphs[character] ?? Array(repeating: String(repeating: " ", count: font == .small ? 3 : 5), count: font.pixelHeight)
    }

    static let smallGlyphs: [Character: [String]] = [
        "0": ["###", "# #", "# #", "# #", "###"],
        "1": [" # ", "## ", " # ", " # ", "###"],
        "2": ["###", "  #", "###", "#  ", "###"],
        "3": ["###", "  #", "###", "  #", "###"],
        "4": ["# #", "# #", "###", "  #", "  #"],
        "5": ["###", "#  ", "###", "  #", "###"],
        "6": ["###", "#  ", "###", "# #", "###"],
        "7": ["###", "  #", "  #", "  #", "  #"],
        "8": ["###", "# #", "###", "# #", "###"],
        "9": ["###", "# #", "###", "  #", "###"],
        "%": ["# #", "  #", " # ", "#  ", "# #"],
        "/": ["  #", "  #", " # ", "#  ", "#  "],
        "+": ["   ", " # ", "###", " # ", "   "],
        "-": ["   ", "   ", "###", "   ", "   "],
        "?": ["###", "  #", " ##", "   ", " # "],
        ",": [" ", " ", " ", "#", "#"],
        ".": [" ", " ", " ", " ", "#"],
        "!": ["#", "#", "#", " ", "#"],
        " ": ["  ", "  ", "  ", "  ", "  "],
    ]

    static let largeGlyphs: [Character: [String]] = [
        "0": [" ### ", "#   #", "#  ##", "# # #", "##  #", "#   #", " ### "],
        "1": ["  #  ", " ##  ", "  #  ", "  #  ", "  #  ", "  #  ", " ### "],
        "2": [" ### ", "#   #", "    #", "   # ", "  #  ", " #   ", "#####"],
        "3": ["#####", "   # ", "  #  ", "   # ", "    #", "#   #", " ### "],
        "4": ["   # ", "  ## ", " # # ", "#  # ", "#####", "   # ", "   # "],
        "5": ["#####", "#    ", "#### ", "    #", "    #", "#   #", " ### "],
        "6": ["  ## ", " #   ", "#    ", "#### ", "#   #", "#   #", " ### "],
        "7": ["#####", "    #", "   # ", "  #  ", " #   ", " #   ", " #   "],
        "8": [" ### ", "#   #", "#   #", " ### ", "#   #", "#   #", " ### "],
        "9": [" ### ", "#   #", "#   #", " ####", "    #", "   # ", " ##  "],
        "%": ["##   ", "##  #", "   # ", "  #  ", " #   ", "#  ##", "   ##"],
        "/": ["    #", "    #", "   # ", "  #  ", " #   ", "#    ", "#    "],
        "+": ["     ", "  #  ", "  #  ", "#####", "  #  ", "  #  ", "     "],
        "-": ["     ", "     ", "     ", "#####", "     ", "     ", "     "],
        "?": [" ### ", "#   #", "    #", "   # ", "  #  ", "     ", "  #  "],
        ",": ["  ", "  ", "  ", "  ", "##", " #", "# "],
        ".": ["  ", "  ", "  ", "  ", "  ", "##", "##"],
        "!": ["#", "#", "#", "#", "#", " ", "#"],
        " ": ["  ", "  ", "  ", "  ", "  ", "  ", "  "],
    ]
}
