/// A one-row progress bar: the share of regencies with an MPP, of stages reached, and so on.
public enum Gauge {
    /// A one-row bar of `fraction` (clamped 0...1) across rect.width: Unicode with eighth-block
    /// resolution (glyphs.eighths), filled part role .gaugeFilled, rest glyphs.gaugeEmpty in role
    /// .gaugeEmpty; ASCII: '#' filled / '.' empty, whole cells.
    ///
    /// Only 1 fills the bar and only 0 leaves it empty (see `characters`).
    public static func draw(_ fraction: Double, in grid: inout CellGrid, _ rect: Rect, glyphs: GlyphSet,
                            filledRole: StyleRole = .gaugeFilled, emptyRole: StyleRole = .gaugeEmpty) {
        guard rect.height > 0 else { return }
        let filled = BlockBar.filled(fraction, width: rect.width, glyphs: glyphs)
        grid.write(filled, x: rect.x, y: rect.y, role: filledRole, clip: rect)
        let empty = String(repeating: glyphs.gaugeEmpty, count: rect.width - filled.count)
        grid.write(empty, x: rect.x + filled.count, y: rect.y, role: emptyRole, clip: rect)
    }

    /// The characters of such a bar (for tests and for text output). Rounded down, except that a
    /// non-zero fraction shows at least one eighth (one cell in ASCII): 0.999 of 10 cells is
    /// "█████████▉", 0.001 is "▏░░░░░░░░░".
    public static func characters(_ fraction: Double, width: Int, glyphs: GlyphSet) -> String {
        let filled = BlockBar.filled(fraction, width: width, glyphs: glyphs)
        return filled + String(repeating: glyphs.gaugeEmpty, count: max(0, width - filled.count))
    }
}
