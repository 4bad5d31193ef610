import DashboardModel
import TerminalCanvas

/// Draws `BatchPage`'s lines above a batch's member MPPs, the last one shown ending in "…" when
/// some are left out.
enum BatchHeader {
    static func draw(_ id: String, _ state: DashboardState, in grid: inout CellGrid, _ area: Rect) {
        let lines = BatchPage.lines(id, state, width: area.width - 2)
        for (offset, line) in lines.prefix(area.height).enumerated() {
            var text = line.text
            if offset == area.height - 1, lines.count > area.height {
                text = (text + " " + state.glyphs.ellipsis).truncated(toColumns: area.width - 2, ellipsis: state.glyphs.ellipsis)
            }
            grid.write(text, x: area.x + 1, y: area.y + offset, role: line.role, maxWidth: area.width - 2)
        }
    }
}
