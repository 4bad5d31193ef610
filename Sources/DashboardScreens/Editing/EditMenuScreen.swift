import DashboardModel
import Localization
import TerminalCanvas

/// The edit menu (`a`) over the screen: the forms that fit where the user is, one under the cursor.
enum EditMenuScreen {
    static func draw(_ state: DashboardState, _ menu: EditMenu, in grid: inout CellGrid) {
        let lines = menu.entries.map { FormView.title($0, state) }
        let box = Modal.draw(title: state.language.text(.editMenuTitle), lines: lines, in: &grid, within: state.body, glyphs: state.glyphs)
        grid.setRole(.selected, in: Rect(x: box.x + 1, y: box.y + 1 + menu.cursor, width: box.width - 2, height: 1))
    }
}

/// The question asked when quitting with unsaved changes, its answers from the binding table.
enum UnsavedQuitScreen {
    static func draw(_ state: DashboardState, in grid: inout CellGrid) {
        let language = state.language
        let lines = [language.text(.unsavedLine, language.integer(state.editing?.unsavedCount ?? 0)), ""]
            + KeyBindings.all.filter { $0.context == .unsavedQuit }.map { "\($0.label(state.glyphs)): \(language.text($0.description))" }
        let box = Modal.draw(title: language.text(.unsavedTitle), lines: lines, in: &grid, within: state.body, glyphs: state.glyphs)
        grid.setRole(.warning, in: Rect(x: box.x + 1, y: box.y + 1, width: box.width - 2, height: 1))
    }
}
