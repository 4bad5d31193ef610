/// A border around a panel, with an optional title in its top edge.
public enum Box {
    /// Draws a border with an optional title in the top edge ("┌ Title ───┐"), clipped to the grid;
    /// returns the inner rect.
    ///
    /// The title is truncated with `glyphs.ellipsis` and left out when not even one column of it
    /// fits; a rect narrower or lower than 2 gets no border. The inside is not cleared, and the
    /// inner rect is not clipped to the grid.
    @discardableResult
    public static func draw(in grid: inout CellGrid, _ rect: Rect, title: String? = nil, glyphs: GlyphSet,
                            role: StyleRole = .border, titleRole: StyleRole = .title) -> Rect {
        let inner = rect.inset(by: 1)
        guard rect.width >= 2, rect.height >= 2 else { return inner }
        let horizontal = String(repeating: glyphs.horizontal, count: rect.width - 2)
        grid.write("\(glyphs.topLeft)\(horizontal)\(glyphs.topRight)", x: rect.x, y: rect.y, role: role)
        for y in inner.y..<inner.maxY {
            grid.write(String(glyphs.vertical), x: rect.x, y: y, role: role)
            grid.write(String(glyphs.vertical), x: rect.maxX - 1, y: y, role: role)
        }
        grid.write("\(glyphs.bottomLeft)\(horizontal)\(glyphs.bottomRight)", x: rect.x, y: rect.maxY - 1, role: role)

        // "┌ " + title + " ┐": the title gets the width less two corners and two spaces.
        let title = (title ?? "").truncated(toColumns: rect.width - 4, ellipsis: glyphs.ellipsis)
        guard !title.isEmpty else { return inner }
        grid.write(" ", x: rect.x + 1, y: rect.y, role: role)
        let titleWidth = grid.write(title, x: rect.x + 2, y: rect.y, role: titleRole)
        grid.write(" ", x: rect.x + 2 + titleWidth, y: rect.y, role: role)
        return inner
    }
}
