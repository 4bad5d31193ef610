/// A one-row chart of a series, such as openings per month.
public enum Sparkline {
    /// One row: the last rect.width values, scaled from 0 to the maximum (all-zero → lowest level),
    /// glyphs.sparkLevels.
    ///
    /// Each value takes the nearest level; negative and non-finite values count as 0. Fewer
    /// values than columns are drawn from the left, and the cells after them are left as they are.
    public static func draw(_ values: [Double], in grid: inout CellGrid, _ rect: Rect, glyphs: GlyphSet,
                            role: StyleRole = .chart1) {
        guard rect.height > 0, rect.width > 0, let lowest = glyphs.sparkLevels.first else { return }
        let shown = values.suffix(rect.width).map { $0.isFinite ? max(0, $0) : 0 }
        let maximum = shown.max() ?? 0
        let top = Double(glyphs.sparkLevels.count - 1)
        let line = String(shown.map { value in
            maximum > 0 ? glyphs.sparkLevels[Int((value / maximum * top).rounded())] : lowest
        })
        grid.write(line, x: rect.x, y: rect.y, role: role, clip: rect)
    }
}
