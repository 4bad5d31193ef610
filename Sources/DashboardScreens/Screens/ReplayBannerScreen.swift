import DashboardModel
import TerminalCanvas

/// The replay's banner on the row below the screen's body: what landed on the day shown, the
/// disputed figures in the conflict role, cut with an ellipsis where the row ends.
enum ReplayBannerScreen {
    static func draw(_ state: DashboardState, in grid: inout CellGrid) {
        let segments = ReplayBanner.segments(state)
        guard !segments.isEmpty else { return }
        let row = Rect(x: 0, y: state.body.maxY, width: grid.width, height: 1)
        grid.fill(row, role: .header)
        var x = row.x + 1
        for segment in segments {
            let room = row.maxX - 1 - x
            guard room > 0 else { break }
            x += grid.write(segment.text.truncated(toColumns: room, ellipsis: state.glyphs.ellipsis), x: x, y: row.y,
                            role: segment.role, maxWidth: room)
        }
    }
}
