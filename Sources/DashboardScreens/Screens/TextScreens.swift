import DashboardModel
import Localization
import TerminalCanvas

/// Draws the text pages (region, MPP, conflict, help): the lines `TextPage` wraps to the body's
/// width, scrolled as the state says, the link Enter opens highlighted.
enum TextScreens {
    static func draw(_ state: DashboardState, in grid: inout CellGrid, _ body: Rect) {
        let lines = TextPage.rendered(state, width: body.width)
        let scroll = min(state.textScroll[state.route] ?? 0, max(0, lines.count - body.height))
        let openable = TextPage.openable(lines, scroll: state.textScroll[state.route] ?? 0).map { lines[$0].target }
        for (offset, line) in lines.dropFirst(scroll).prefix(body.height).enumerated() {
            let role = line.target != nil && line.target == openable ? StyleRole.selected : line.role
            grid.write(line.text, x: body.x + 1, y: body.y + offset, role: role, maxWidth: body.width - 2)
        }
    }

    /// "12–33/80" for the status bar.
    static func position(_ state: DashboardState) -> String {
        let count = TextPage.lineCount(state)
        let first = min(count, (state.textScroll[state.route] ?? 0) + 1)
        let last = min(count, first + TextPage.visibleLines(state) - 1)
        return "\(first)–\(last)/\(count)"
    }
}
