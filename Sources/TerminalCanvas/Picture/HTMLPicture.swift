/// A screen as a self-contained HTML page (`mppdash render --format html`): a `<pre>` in the
/// terminal's colours with a `<span>` per run, no scripts and no outside files. A glyph that may
/// not keep to the grid (wide, braille, an arrow) sits in an inline block exactly as wide as its
/// columns, so the text can still be copied and nothing misaligns.
public enum HTMLPicture {
    public static func html(_ grid: CellGrid, theme: Theme, depth: ColorDepth, title: String) -> String {
        let picture = GridPicture(grid, theme: theme, depth: depth)
        let plain = picture.defaultLook
        var out = """
            <!DOCTYPE html>
            <html>
            <head>
            <meta charset="utf-8">
            <title>\(MarkupText.escaped(title))</title>
            <style>
            pre.terminal { display: inline-block; margin: 0; padding: 0; font-family: \(GridPicture.fontFamily); \
            font-size: \(GridPicture.fontSize)px; line-height: \(GridPicture.lineHeight)px; \
            color: \(TerminalPalette.hex(plain.foreground)); background: \(TerminalPalette.hex(plain.background)); }
            pre.terminal .c { display: inline-block; overflow: hidden; vertical-align: top; height: \(GridPicture.lineHeight)px; }
            </style>
            </head>
            <body>
            <pre class="terminal">
            """
        var row = 0
        for run in picture.runs {
            while row < run.row {
                out += "\n"
                row += 1
            }
            var style: [String] = []
            if run.look.foreground != plain.foreground { style.append("color: \(TerminalPalette.hex(run.look.foreground))") }
            if run.look.background != plain.background { style.append("background: \(TerminalPalette.hex(run.look.background))") }
            if run.look.bold { style.append("font-weight: bold") }
            if run.look.underline { style.append("text-decoration: underline") }
            if run.look.dim { style.append("opacity: 0.6") }
            let text = MarkupText.escaped(run.text)
            if run.isAlone { style.append("width: \(run.width)ch") }
            if style.isEmpty {
                out += text
            } else {
                out += "<span\(run.isAlone ? " class=\"c\"" : "") style=\"\(style.joined(separator: "; "))\">\(text)</span>"
            }
        }
        out += "\n</pre>\n</body>\n</html>\n"
        return out
    }
}
