/// A bordered overlay over the screen: help, confirmations, details.
public enum Modal {
    /// A box centred in `bounds` (at most bounds minus 2 on each side), its inside cleared, the
    /// title in the border, the lines inside (truncated); returns the box rect.
    ///
    /// The box fits the widest line (or the title) with one space on each side; lines that do not
    /// fit below each other are left out.
    @discardableResult
    public static func draw(title: String, lines: [String], in grid: inout CellGrid, within bounds: Rect,
                            glyphs: GlyphSet, role: StyleRole = .text) -> Rect {
        let contentWidth = max(DisplayWidth.of(title), lines.map { DisplayWidth.of($0) }.max() ?? 0)
        let width = min(contentWidth + 4, bounds.width - 4)
        let height = min(lines.count + 2, bounds.height - 4)
        let box = Rect(x: bounds.x + (bounds.width - width) / 2, y: bounds.y + (bounds.height - height) / 2,
                       width: width, height: height)
        let inner = box.inset(by: 1)
        grid.fill(inner, role: role)
        Box.draw(in: &grid, box, title: title, glyphs: glyphs)
        for (row, line) in lines.prefix(inner.height).enumerated() {
            grid.write(line.truncated(toColumns: inner.width - 2, ellipsis: glyphs.ellipsis),
                       x: inner.x + 1, y: inner.y + row, role: role, clip: inner)
        }
        return box
    }
}
