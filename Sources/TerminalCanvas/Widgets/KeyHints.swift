/// The first-minute keys in the footer: "q Keluar  Tab Layar  ? Bantuan".
public enum KeyHints {
    /// One key and what it does.
    public struct Hint: Hashable, Sendable {
        public var key: String
        public var label: String

        public init(key: String, label: String) {
            self.key = key
            self.label = label
        }
    }

    /// "q Keluar  Tab Layar  ? Bantuan" on one row: keys in role .header, labels in .muted, two spaces between hints;
    /// hints that don't fit whole are left out (never cut in the middle).
    ///
    /// The hints are in order of importance: the row ends at the first one that does not fit.
    /// Only keys and labels are written; the spaces keep what is under them (a status bar's fill).
    public static func draw(_ hints: [Hint], in grid: inout CellGrid, _ rect: Rect) {
        guard rect.height > 0 else { return }
        var x = rect.x
        for hint in hints {
            let keyWidth = DisplayWidth.of(hint.key)
            let labelWidth = DisplayWidth.of(hint.label)
            let width = keyWidth + (labelWidth > 0 ? 1 + labelWidth : 0)
            guard x + width <= rect.maxX else { break }
            grid.write(hint.key, x: x, y: rect.y, role: .header, clip: rect)
            grid.write(hint.label, x: x + keyWidth + 1, y: rect.y, role: .muted, clip: rect)
            x += width + 2
        }
    }
}
