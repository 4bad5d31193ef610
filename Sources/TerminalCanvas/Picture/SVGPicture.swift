/// A screen as an SVG image of the terminal (`mppdash render --format svg`): one rectangle for the
/// terminal's background, one per run of another background colour, and per row a `<text>` with a
/// `<tspan>` per run of text, each placed at its column so that nothing drifts off the grid.
public enum SVGPicture {
    public static func svg(_ grid: CellGrid, theme: Theme, depth: ColorDepth) -> String {
        let picture = GridPicture(grid, theme: theme, depth: depth)
        let cell = GridPicture.cellWidth
        let line = GridPicture.lineHeight
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(picture.pixelWidth)" height="\(picture.pixelHeight)" \
            viewBox="0 0 \(picture.pixelWidth) \(picture.pixelHeight)">
            <rect width="\(picture.pixelWidth)" height="\(picture.pixelHeight)" fill="\(TerminalPalette.hex(picture.defaultLook.background))"/>
            <g shape-rendering="crispEdges">

            """
        for area in picture.backgrounds {
            out += "<rect x=\"\(area.column * cell)\" y=\"\(area.row * line)\" width=\"\(area.width * cell)\" height=\"\(line)\" "
                + "fill=\"\(TerminalPalette.hex(area.color))\"/>\n"
        }
        out += """
            </g>
            <g font-family="\(GridPicture.fontFamily)" font-size="\(GridPicture.fontSize)" xml:space="preserve">

            """
        var row = -1
        for run in picture.runs where !run.text.allSatisfy({ $0 == " " }) || run.look.underline {
            if run.row != row {
                if row >= 0 { out += "</text>\n" }
                row = run.row
                out += "<text y=\"\(row * line + GridPicture.baseline)\">"
            }
            out += "<tspan x=\"\(run.column * cell)\" textLength=\"\(run.width * cell)\" lengthAdjust=\"spacingAndGlyphs\" "
                + "fill=\"\(TerminalPalette.hex(run.look.foreground))\""
            if run.look.bold { out += " font-weight=\"bold\"" }
            if run.look.underline { out += " text-decoration=\"underline\"" }
            if run.look.dim { out += " fill-opacity=\"0.6\"" }
            out += ">\(MarkupText.escaped(run.text))</tspan>"
        }
        if row >= 0 { out += "</text>\n" }
        out += "</g>\n</svg>\n"
        return out
    }
}
