import DashboardModel
import Localization
import TerminalCanvas

/// Every list screen: an optional header (a chart or a summary line) above the table of its
/// `ListSpec`, filtered and sorted, with the rows the search matches highlighted.
enum ListScreen {
    static func draw(_ state: DashboardState, _ view: ListView, in grid: inout CellGrid) {
        let body = state.body
        let header = ScreenLayout.headerHeight(state)
        let table = ScreenLayout.tableRect(state)
        switch state.route {
        case .screen(.timeline): TimelineHeader.draw(state, in: &grid, body.splitTop(header).top)
        case .screen(.digital): DigitalHeader.draw(state, in: &grid, body.splitTop(header).top)
        case .screen(.islands): IslandsChart.draw(state, in: &grid, Rect(x: body.x, y: table.maxY, width: body.width, height: header))
        case .province(let code): PlaceHeader.draw(province: code, state, in: &grid, body.splitTop(header).top)
        case .batch(let id): BatchHeader.draw(id, state, in: &grid, body.splitTop(header).top)
        default: break
        }
        let list = state.list(state.route)
        // Only the rows on screen are handed to the table, so a frame costs the same whatever the
        // list's length; the table's state is shifted to match.
        let first = min(max(0, list.table.firstVisibleRow), view.rows.count)
        let shown = view.rows[first..<min(view.rows.count, first + Table.visibleRowCount(in: table))]
        let query = SearchText.fold(list.query)
        let rows = shown.map { row -> [TableCell] in
            guard !query.isEmpty, row.searchText.contains(query) else { return row.cells }
            return row.cells.map { cell in
                guard cell.gauge == nil, SearchText.fold(cell.text).contains(query) else { return cell }
                return TableCell(cell.text, role: .searchMatch)
            }
        }
        var window = list.table
        window.firstVisibleRow = 0
        window.selectedRow = list.table.selectedRow.map { $0 - first }
        Table.draw(columns: view.spec.columns, rows: rows, state: window, in: &grid, table, glyphs: state.glyphs,
                   highlight: .leadingColumns(2))
        if view.rows.isEmpty, table.height > 1 {
            grid.write(state.language.text(list.filter.isEmpty ? .listEmpty : .listEmptyFiltered), x: table.x + 2, y: table.y + 1,
                       role: .muted, maxWidth: table.width - 2)
        }
    }

    /// "12/38" for the status bar.
    static func position(_ state: DashboardState, _ view: ListView) -> String {
        let count = view.rows.count
        let selected = count == 0 ? 0 : (state.list(state.route).table.selectedRow ?? 0) + 1
        return state.language.text(.rowsPosition, String(selected), String(count))
    }
}

/// Draws the lines above a province's kabupaten/kota that `PlacePage` writes.
enum PlaceHeader {
    static func draw(province code: String, _ state: DashboardState, in grid: inout CellGrid, _ area: Rect) {
        guard !area.isEmpty else { return }
        let lines = PlacePage.provinceLines(code, state)
        for (offset, line) in lines.prefix(min(ScreenLayout.provinceHeaderLines, area.height)).enumerated() {
            grid.write(line.0.truncatedAtWord(toColumns: area.width - 2, ellipsis: state.glyphs.ellipsis), x: area.x + 1, y: area.y + offset,
                       role: line.1, maxWidth: area.width - 2)
        }
    }
}
