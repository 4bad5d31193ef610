/// The bottom line: where the user is on the left, the data's state and notices on the right.
public enum StatusBar {
    /// Fills row rect.y across rect with role .statusbar; `left` from the left, `right`
    /// right-aligned; `left` is truncated first when both don't fit.
    ///
    /// At least one space separates them; `right` is truncated too when it does not fit alone.
    public static func draw(left: String, right: String, in grid: inout CellGrid, _ rect: Rect, glyphs: GlyphSet,
                            role: StyleRole = .statusbar) {
        guard rect.height > 0, rect.width > 0 else { return }
        let row = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        grid.fill(row, role: role)
        let right = right.truncated(toColumns: rect.width, ellipsis: glyphs.ellipsis)
        let rightWidth = DisplayWidth.of(right)
        let leftRoom = rect.width - rightWidth - (rightWidth > 0 ? 1 : 0)
        let left = left.truncated(toColumns: leftRoom, ellipsis: glyphs.ellipsis)
        grid.write(left, x: rect.x, y: rect.y, role: role, clip: row)
        grid.write(right, x: rect.maxX - rightWidth, y: rect.y, role: role, clip: row)
    }
}
