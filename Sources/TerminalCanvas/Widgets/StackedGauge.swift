/// A one-row bar of several parts of one whole, each in its own fill and role, the rest empty:
/// the regions with an MPP known by name, those a report covers, those reported but not placed.
///
/// Whole cells only, so that every part keeps its own shape: the first part is the full block
/// (`#` in ASCII), the next ones `glyphs.shades` (▓ ▒ / + -), the rest `glyphs.gaugeEmpty`. A
/// part that is not zero gets at least one cell while the bar has room.
public enum StackedGauge {
    /// One part of the whole.
    public struct Part: Hashable, Sendable {
        public var count: Int
        public var role: StyleRole

        public init(_ count: Int, role: StyleRole) {
            self.count = count
            self.role = role
        }
    }

    public static func draw(_ parts: [Part], of total: Int, in grid: inout CellGrid, _ rect: Rect, glyphs: GlyphSet,
                            emptyRole: StyleRole = .gaugeEmpty) {
        guard rect.height > 0, rect.width > 0 else { return }
        var x = rect.x
        for (position, width) in widths(parts.map(\.count), of: total, width: rect.width).enumerated() {
            grid.write(String(repeating: fill(position, glyphs), count: width), x: x, y: rect.y, role: parts[position].role, clip: rect)
            x += width
        }
        grid.write(String(repeating: glyphs.gaugeEmpty, count: rect.maxX - x), x: x, y: rect.y, role: emptyRole, clip: rect)
    }

    /// The characters of such a bar, for tests and text output.
    public static func characters(_ counts: [Int], of total: Int, width: Int, glyphs: GlyphSet) -> String {
        let widths = widths(counts, of: total, width: width)
        let parts = widths.enumerated().map { String(repeating: fill($0.offset, glyphs), count: $0.element) }.joined()
        return parts + String(repeating: glyphs.gaugeEmpty, count: max(0, width - widths.reduce(0, +)))
    }

    /// The fill of the part at `position`: the full block, then the shades (the last repeats).
    public static func fill(_ position: Int, _ glyphs: GlyphSet) -> Character {
        position == 0 ? (glyphs.isUnicode ? "█" : "#") : glyphs.shades[min(position - 1, glyphs.shades.count - 1)]
    }

    /// The cells of each part: the running totals rounded down to cells (so the parts never
    /// exceed the bar and a full whole fills it exactly), then every non-zero part given at least
    /// one cell, taken from the widest part.
    static func widths(_ counts: [Int], of total: Int, width: Int) -> [Int] {
        guard total > 0, width > 0 else { return counts.map { _ in 0 } }
        var running = 0
        var previous = 0
        var widths: [Int] = []
        for count in counts {
            running += max(0, count)
            let edge = min(width, running * width / total)
            widths.append(edge - previous)
            previous = edge
        }
        for position in widths.indices where widths[position] == 0 && counts[position] > 0 {
            if widths.reduce(0, +) < width {
                widths[position] = 1
            } else if let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 1 {
                widths[widest] -= 1
                widths[position] = 1
            }
        }
        return widths
    }
}
