public import Localization
public import TerminalCanvas

/// The frame drawn while the data loads: the title, what is being read, how much of it so far
/// (bytes read of the file's size) as a bar and in figures, and how to cancel (unless the load
/// cannot be cancelled: the kiosk without its quit key).
public enum LoadingScreen {
    /// How far a load has got: bytes read, of the file's size.
    public struct Progress: Hashable, Sendable {
        public var bytesRead: Int
        public var fileSize: Int

        public init(bytesRead: Int, fileSize: Int) {
            self.bytesRead = bytesRead
            self.fileSize = fileSize
        }

        /// The share read, from 0 to 1 (1 for an empty file).
        public var fraction: Double { fileSize > 0 ? min(1, Double(bytesRead) / Double(fileSize)) : 1 }
    }

    public static func render(width: Int, height: Int, source: String, progress: Progress?, language: Language,
                              glyphs: GlyphSet, cancellable: Bool = true) -> CellGrid {
        var grid = CellGrid(width: width, height: height)
        guard width > 0, height > 0 else { return grid }
        grid.fill(Rect(x: 0, y: 0, width: width, height: 1), role: .title)
        grid.write(language.text(.appTitle), x: 1, y: 0, role: .title, maxWidth: width - 1)
        var lines = [language.text(.loading, source) + glyphs.ellipsis]
        if let progress {
            let megabytes = { (bytes: Int) in language.decimal(Double(bytes) / 1_000_000, decimals: 1) }
            lines.append(language.text(.loadingProgress, megabytes(progress.bytesRead), megabytes(progress.fileSize),
                                       language.percent(progress.fraction, decimals: 0)))
        }
        if cancellable { lines.append(language.text(.loadingCancel)) }
        let top = max(1, height / 2 - 2)
        for (offset, text) in lines.enumerated() where top + offset < height {
            let line = text.truncated(toColumns: width - 2, ellipsis: glyphs.ellipsis)
            grid.write(line, x: max(0, (width - DisplayWidth.of(line)) / 2), y: top + offset, role: .muted)
        }
        let barWidth = min(40, width - 4)
        if let progress, barWidth > 0, top + lines.count < height {
            Gauge.draw(progress.fraction, in: &grid, Rect(x: (width - barWidth) / 2, y: top + lines.count, width: barWidth, height: 1),
                       glyphs: glyphs)
        }
        return grid
    }
}
