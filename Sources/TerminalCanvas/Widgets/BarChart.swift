/// Horizontal bars with labels and values, such as MPPs per province.
public enum BarChart {
    /// One bar: its label, its value (which sets its length), the text shown after it, and its role.
    public struct Bar: Hashable, Sendable {
        public var label: String
        public var value: Double
        public var valueText: String
        public var role: StyleRole

        public init(label: String, value: Double, valueText: String, role: StyleRole = .chart1) {
            self.label = label
            self.value = value
            self.valueText = valueText
            self.role = role
        }
    }

    /// Horizontal bars, one per row (rows beyond rect.height are dropped): the label left-aligned in a
    /// column as wide as the widest label (at most a third of the width, truncated), a space, the bar
    /// scaled to the largest value (eighths in Unicode), a space, then the value text right after the
    /// bar.
    ///
    /// The longest bar leaves room for the widest value text; bars round like `Gauge` (a non-zero
    /// value shows at least an eighth). Negative values count as 0. Labels and values are in role
    /// .text; value texts that do not fit are truncated.
    public static func draw(_ bars: [Bar], in grid: inout CellGrid, _ rect: Rect, glyphs: GlyphSet) {
        let shown = bars.prefix(rect.height)
        guard !shown.isEmpty, rect.width > 0 else { return }
        let labelWidth = min(shown.map { DisplayWidth.of($0.label) }.max() ?? 0, rect.width / 3)
        let barX = rect.x + (labelWidth > 0 ? labelWidth + 1 : 0)
        let valueWidth = shown.map { DisplayWidth.of($0.valueText) }.max() ?? 0
        let barRoom = max(0, rect.maxX - barX - 1 - valueWidth)
        let maximum = shown.map(\.value).max() ?? 0
        for (row, bar) in shown.enumerated() {
            let y = rect.y + row
            let label = bar.label.truncated(toColumns: labelWidth, ellipsis: glyphs.ellipsis)
            grid.write(label, x: rect.x, y: y, clip: rect)
            let filled = BlockBar.filled(maximum > 0 ? bar.value / maximum : 0, width: barRoom, glyphs: glyphs)
            grid.write(filled, x: barX, y: y, role: bar.role, clip: rect)
            let valueX = barX + filled.count + 1
            let value = bar.valueText.truncated(toColumns: rect.maxX - valueX, ellipsis: glyphs.ellipsis)
            grid.write(value, x: valueX, y: y, clip: rect)
        }
    }
}
