public import Localization
public import TerminalCanvas

/// The first frame, drawn while the data loads: the title and what is being read.
public enum LoadingScreen {
    public static func render(width: Int, height: Int, source: String, language: Language, glyphs: GlyphSet) -> CellGrid {
        var grid = CellGrid(width: width, height: height)
        guard width > 0, height > 0 else { return grid }
        grid.fill(Rect(x: 0, y: 0, width: width, height: 1), role: .title)
        grid.write(language.text(.appTitle), x: 1, y: 0, role: .title, maxWidth: width - 1)
        let line = (language.text(.loading, source) + glyphs.ellipsis).truncated(toColumns: width - 2, ellipsis: glyphs.ellipsis)
        grid.write(line, x: max(0, (width - DisplayWidth.of(line)) / 2), y: height / 2, role: .muted)
        return grid
    }
}
