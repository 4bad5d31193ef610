import Localization
public import TerminalCanvas

/// Draws the state into a fresh grid: a pure function, the same for the terminal, for
/// `mppdash render` and for the golden snapshots.
public enum DashboardRenderer {
    public static func render(_ state: DashboardState) -> CellGrid {
        var grid = CellGrid(width: state.width, height: state.height)
        guard !state.isTooSmall else {
            TooSmallScreen.draw(state, in: &grid)
            return grid
        }
        Chrome.drawTitleBar(state, in: &grid)
        let body = Chrome.body(grid)
        var position = ""
        switch state.screen {
        case .overview:
            OverviewScreen.draw(state, in: &grid, body)
        case .provinces:
            ProvincesScreen.draw(state, in: &grid, body)
            position = ProvincesScreen.position(state)
        }
        Chrome.drawStatusBar(state, right: position, in: &grid)
        Chrome.drawKeyHints(state, in: &grid)
        return grid
    }
}
