package import TerminalCanvas
import RolloutData

/// Where each part of a list screen goes at the state's window size: the rows of the header
/// above (or the chart below) the table, and the table's own rectangle. One pure function of the
/// state, used by the screens to lay out and by the reducer for the page size, so that the two
/// never disagree and the reducer never asks the drawing.
package enum ScreenLayout {
    /// The lines of a province's header: its name, its coverage, and the provincial report.
    package static let provinceHeaderLines = 3

    /// The rows the header above the table takes on a route (on Islands, the chart below it).
    package static func headerHeight(_ state: DashboardState) -> Int {
        let body = state.bodyHeight
        switch state.route {
        case .screen(.timeline): return min(state.figures.yearEnds.count + 2, max(0, body / 2))
        case .screen(.digital): return min(2 + 1 + min(4, state.figures.digitalMilestones.count), max(0, body / 3))
        case .screen(.islands): return min(IslandGroup.allCases.count + 2, max(0, body - IslandGroup.allCases.count - 1))
        case .province: return min(provinceHeaderLines + 1, max(0, body - 4))
        case .batch(let id): return BatchPage.height(id, state)
        default: return 0
        }
    }

    /// The table of a list screen.
    package static func tableRect(_ state: DashboardState) -> Rect {
        let body = state.body
        let header = headerHeight(state)
        switch state.route {
        case .screen(.islands):
            return Rect(x: body.x, y: body.y, width: body.width, height: min(body.height - header, IslandGroup.allCases.count + 1))
        default:
            return Rect(x: body.x, y: body.y + header, width: body.width, height: body.height - header)
        }
    }

    /// Rows of the current list that fit on the screen, at least one.
    package static func pageSize(_ state: DashboardState) -> Int {
        max(1, Table.visibleRowCount(in: tableRect(state)))
    }
}
