public import DashboardModel
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
        var position = ""
        if let view = state.currentList {
            ListScreen.draw(state, view, in: &grid)
            position = ListScreen.position(state, view)
        } else if state.route.hasScrollingText {
            TextScreens.draw(state, in: &grid, state.body)
            position = TextScreens.position(state)
        } else if state.route == .screen(.overview), state.bigFigures {
            BigFiguresScreen.draw(state, in: &grid, state.body)
        } else if state.route == .screen(.map) {
            MapScreen.draw(state, in: &grid, state.body)
        } else {
            OverviewScreen.draw(state, in: &grid, state.body)
        }
        ReplayBannerScreen.draw(state, in: &grid)
        if let prompt = state.prompt { PaletteOverlay.draw(state, prompt, in: &grid) }
        if let menu = state.filterMenu { FilterMenuScreen.draw(state, menu, in: &grid) }
        if case .links(let menu) = state.mode { LinksMenuScreen.draw(state, menu, in: &grid) }
        if let menu = state.sortMenu { SortMenuScreen.draw(state, menu, in: &grid) }
        switch state.mode {
        case .editMenu(let menu): EditMenuScreen.draw(state, menu, in: &grid)
        case .form(let form): FormScreen.draw(state, form, in: &grid)
        case .saveConflicts(let chooser): ConflictChooserScreen.draw(state, chooser, in: &grid)
        case .confirmUnsavedQuit: UnsavedQuitScreen.draw(state, in: &grid)
        case .browsing, .prompt, .filterMenu, .links, .sortMenu, .confirmQuit: break
        }
        Chrome.drawStatusBar(state, right: position, in: &grid)
        Chrome.drawKeyHints(state, in: &grid)
        return grid
    }
}
