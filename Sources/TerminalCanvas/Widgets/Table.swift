/// One column of a `Table`: its title, how wide it wants to be, how narrow it may get, and how
/// its cells are aligned.
public struct TableColumn: Hashable, Sendable {
    public var title: String
    /// Preferred width in columns.
    public var width: Int
    /// Never narrower (flexible columns shrink down to this). Defaults to `width`: the column
    /// does not shrink.
    public var minWidth: Int
    public var alignment: TextAlignment
    /// Takes the spare width, and gives up width first.
    public var flexible: Bool

    public init(_ title: String, width: Int, minWidth: Int? = nil, alignment: TextAlignment = .left,
                flexible: Bool = false) {
        self.title = title
        self.width = width
        self.minWidth = minWidth ?? width
        self.alignment = alignment
        self.flexible = flexible
    }
}

/// One cell of a `Table`: text in a role, a gauge bar, or a stacked gauge.
public struct TableCell: Hashable, Sendable {
    public var text: String
    public var role: StyleRole
    /// When set, the cell is drawn as a gauge bar of this fraction (0...1) over its whole width (text ignored).
    public var gauge: Double?
    /// When set, the cell is drawn as a `StackedGauge` of these parts of `stackTotal` (text ignored).
    public var stack: [StackedGauge.Part]?
    public var stackTotal = 0

    public init(_ text: String, role: StyleRole = .text) {
        self.text = text
        self.role = role
    }

    /// A cell drawn as a `Gauge` of `fraction` over the column's width.
    public static func gauge(_ fraction: Double) -> TableCell {
        var cell = TableCell("")
        cell.gauge = fraction
        return cell
    }

    /// A cell drawn as a `StackedGauge` of `parts` of `total` over the column's width.
    public static func stacked(_ parts: [StackedGauge.Part], of total: Int) -> TableCell {
        var cell = TableCell("")
        cell.stack = parts
        cell.stackTotal = total
        return cell
    }
}

/// Where a `Table` is scrolled to and what is selected: kept by the screen, changed by the
/// reducer.
public struct TableState: Hashable, Sendable {
    public var selectedRow: Int?
    public var firstVisibleRow: Int
    /// Only marks the header: the screen sorts the rows it passes to `Table.draw`.
    public var sortColumn: Int?
    public var sortAscending: Bool
    /// Columns scrolled past the frozen ones (in whole columns).
    public var horizontalOffset: Int
    /// Default 1: the first column never scrolls away.
    public var frozenColumns: Int

    public init(selectedRow: Int? = 0, firstVisibleRow: Int = 0, sortColumn: Int? = nil,
                sortAscending: Bool = true, horizontalOffset: Int = 0, frozenColumns: Int = 1) {
        self.selectedRow = selectedRow
        self.firstVisibleRow = firstVisibleRow
        self.sortColumn = sortColumn
        self.sortAscending = sortAscending
        self.horizontalOffset = horizontalOffset
        self.frozenColumns = frozenColumns
    }
}

/// A scrolling table with a header, a selected row, frozen columns and horizontal scrolling by
/// whole columns.
///
/// Every row starts with a 1-column gutter that holds the selection marker, then the columns with
/// one space between them. The table owns its rect: it clears it before drawing.
public enum Table {
    /// Header row (role .header, sort marker ▲/▼ — glyphs.sortAscending/Descending — after the sorted
    /// column's title), then rows from state.firstVisibleRow; the selected row in role .selected across
    /// the table width (with glyphs.selectionMarker in a 1-column gutter at the left of every row, blank
    /// for other rows); right-aligned numbers where the column says so; one space between columns; cells
    /// truncated with glyphs.ellipsis by display columns; frozen first column(s) stay when
    /// horizontalOffset > 0; columns that don't fit are dropped from the right (never half-drawn), and a
    /// "›"/">" mark in the header's last cell says more columns are off to the right.
    ///
    /// A horizontal offset past the last column shows the last column. The rows are drawn in the order
    /// given; rows with fewer cells than columns are blank on the right.
    public static func draw(columns: [TableColumn], rows: [[TableCell]], state: TableState,
                            in grid: inout CellGrid, _ rect: Rect, glyphs: GlyphSet,
                            highlight: SelectionHighlight = .wholeRow) {
        guard !rect.isEmpty else { return }
        grid.fill(rect)
        let shown = shownColumns(count: columns.count, state: state)
        // The sorted column asks for a cell more for its marker, so the marker never crushes its title.
        var sized = columns
        if let sorted = state.sortColumn, sized.indices.contains(sorted) {
            let needed = DisplayWidth.of(sized[sorted].title) + 1
            sized[sorted].width = max(sized[sorted].width, needed)
            sized[sorted].minWidth = max(sized[sorted].minWidth, min(needed, sized[sorted].minWidth + 1))
        }
        let widths = layout(columns: shown.map { sized[$0] }, width: rect.width)
        var lefts: [Int] = []
        var left = rect.x + gutterWidth
        for width in widths {
            lefts.append(left)
            left += width + 1
        }

        grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: .header)
        for (position, index) in shown.enumerated() where widths[position] > 0 {
            let column = columns[index]
            let marker = state.sortColumn != index ? ""
                : String(state.sortAscending ? glyphs.sortAscending : glyphs.sortDescending)
            let room = widths[position] - DisplayWidth.of(marker)
            let title = column.title.truncated(toColumns: room, ellipsis: glyphs.ellipsis) + marker
            grid.write(title.padded(toColumns: widths[position], alignment: column.alignment),
                       x: lefts[position], y: rect.y, role: .header, clip: rect)
        }
        if widths.contains(0) {
            grid.write(String(glyphs.moreColumnsMark), x: rect.maxX - 1, y: rect.y, role: .header, clip: rect)
        }

        let first = max(0, state.firstVisibleRow)
        let last = min(rows.count, first + visibleRowCount(in: rect))
        for (offset, row) in rows[min(first, last)..<last].enumerated() {
            let y = rect.y + 1 + offset
            let isSelectedRow = first + offset == state.selectedRow
            if isSelectedRow {
                var highlightEnd = rect.maxX
                if case .leadingColumns(let count) = highlight,
                   let lastShown = shown.indices.last(where: { shown[$0] < count && widths[$0] > 0 }) {
                    highlightEnd = lefts[lastShown] + widths[lastShown]
                }
                grid.fill(Rect(x: rect.x, y: y, width: highlightEnd - rect.x, height: 1), role: .selected)
                grid.write(String(glyphs.selectionMarker), x: rect.x, y: y, role: .selected, clip: rect)
            }
            for (position, index) in shown.enumerated() where widths[position] > 0 && index < row.count {
                let cell = row[index]
                let selected = isSelectedRow && highlight.covers(column: index)
                let area = Rect(x: lefts[position], y: y, width: widths[position], height: 1)
                if let fraction = cell.gauge {
                    Gauge.draw(fraction, in: &grid, area, glyphs: glyphs,
                               filledRole: selected ? .selected : .gaugeFilled,
                               emptyRole: selected ? .selected : .gaugeEmpty)
                } else if let parts = cell.stack {
                    StackedGauge.draw(selected ? parts.map { .init($0.count, role: .selected) } : parts, of: cell.stackTotal,
                                      in: &grid, area, glyphs: glyphs, emptyRole: selected ? .selected : .gaugeEmpty)
                } else {
                    let text = cell.text.padded(toColumns: area.width, alignment: columns[index].alignment,
                                                ellipsis: glyphs.ellipsis)
                    grid.write(text, x: area.x, y: y, role: selected ? .selected : cell.role, clip: area)
                }
            }
        }
    }

    /// Rows of data that fit in `rect` (its height minus the header).
    public static func visibleRowCount(in rect: Rect) -> Int {
        max(0, rect.height - 1)
    }

    /// The state with firstVisibleRow moved the least so that the selected row is visible (and clamped
    /// to the rows).
    ///
    /// The selection is clamped to the rows (nil for an empty table), and the first visible row so that
    /// no empty rows show below the last row while rows are hidden above the first.
    public static func scrolledToSelection(_ state: TableState, rowCount: Int, visibleRows: Int) -> TableState {
        var result = state
        let visibleRows = max(1, visibleRows)
        var first = state.firstVisibleRow
        if let selected = state.selectedRow {
            guard rowCount > 0 else {
                result.selectedRow = nil
                result.firstVisibleRow = 0
                return result
            }
            let row = min(max(selected, 0), rowCount - 1)
            result.selectedRow = row
            first = min(max(first, row - visibleRows + 1), row)
        }
        result.firstVisibleRow = max(0, min(first, rowCount - visibleRows))
        return result
    }

    /// The computed column widths for a total width (for tests and for the screens).
    ///
    /// `width` is the whole table's, gutter included (the width of a rect passed to `draw`); `draw`
    /// lays out the frozen columns followed by the columns from the horizontal offset. The columns
    /// that fit at their minimum widths are kept, from the left; when some are dropped, the last cell
    /// is kept free for the more-columns mark. Spare width goes to the flexible columns, one column
    /// each in turn from the left (with none flexible, it stays blank at the right); missing width
    /// comes from the flexible columns first, in turn, then from the others, never below their
    /// minimums.
    public static func layout(columns: [TableColumn], width: Int) -> [Int] {
        let preferred = columns.map { max(1, $0.width) }
        let minimums = zip(columns, preferred).map { max(1, min($0.minWidth, $1)) }
        // Columns with one space between them.
        func span(_ widths: ArraySlice<Int>) -> Int { widths.reduce(0, +) + max(0, widths.count - 1) }

        var room = width - gutterWidth
        var kept = columns.count
        if span(minimums[...]) > room {
            room -= 1
            while kept > 0, span(minimums[..<kept]) > room { kept -= 1 }
        }
        var widths = Array(preferred[..<kept]) + Array(repeating: 0, count: columns.count - kept)
        let flexible = (0..<kept).filter { columns[$0].flexible }
        let rigid = (0..<kept).filter { !columns[$0].flexible }
        let spare = room - span(widths[..<kept])
        if spare > 0 {
            spread(spare, over: flexible, widths: &widths, minimums: minimums)
        } else {
            let missing = spread(spare, over: flexible, widths: &widths, minimums: minimums)
            spread(missing, over: rigid, widths: &widths, minimums: minimums)
        }
        return widths
    }

    /// The selection marker's column at the left of every row.
    private static let gutterWidth = 1

    /// The indices of the columns `draw` lays out: the frozen ones, then those from the offset.
    private static func shownColumns(count: Int, state: TableState) -> [Int] {
        let frozen = min(max(0, state.frozenColumns), count)
        let offset = min(max(0, state.horizontalOffset), max(0, count - frozen - 1))
        return Array(0..<frozen) + Array(min(count, frozen + offset)..<count)
    }

    /// Adds `amount` columns to (positive) or takes them from (negative) the columns at `indices`,
    /// one column each in turn, never below `minimums`; returns the amount left over.
    @discardableResult
    private static func spread(_ amount: Int, over indices: [Int], widths: inout [Int], minimums: [Int]) -> Int {
        let step = amount > 0 ? 1 : -1
        var remaining = abs(amount)
        while remaining > 0 {
            let movable = indices.filter { step > 0 || widths[$0] > minimums[$0] }
            guard !movable.isEmpty else { break }
            for index in movable.prefix(remaining) { widths[index] += step }
            remaining -= min(remaining, movable.count)
        }
        return remaining * step
    }
}

extension GlyphSet {
    /// The mark in a table header's last cell when columns are off to the right. Not a field of
    /// the glyph set (yet), so it follows `isUnicode`.
    var moreColumnsMark: Character { isUnicode ? "›" : ">" }
}

/// How much of the selected row a `Table` highlights: the whole row, or only the first columns
/// (with the marker), which redraws a fraction of the cells when the selection moves over a
/// slow link.
public enum SelectionHighlight: Hashable, Sendable {
    case wholeRow
    case leadingColumns(Int)

    func covers(column: Int) -> Bool {
        switch self {
        case .wholeRow: return true
        case .leadingColumns(let count): return column < count
        }
    }
}
