public import TerminalCanvas

/// The view-model's only way to change state: a pure function of the state and an action that
/// returns the effects for the app loop to run. No I/O, no clock, no terminal.
public enum Reducer {
    public static func reduce(_ state: inout DashboardState, _ action: Action) -> [Effect] {
        switch action {
        case .quit:
            state.isRunning = false
            return [.quit]
        case .showScreen(let screen):
            state.screen = screen
        case .nextScreen:
            state.screen = cycled(state.screen, by: 1)
        case .previousScreen:
            state.screen = cycled(state.screen, by: -1)
        case .move(let rows):
            moveSelection(&state, by: rows)
        case .page(let pages):
            moveSelection(&state, by: pages * max(1, visibleRows(state)))
        case .halfPage(let halves):
            moveSelection(&state, by: halves * max(1, visibleRows(state) / 2))
        case .top:
            moveSelection(&state, by: Int.min / 2)
        case .bottom:
            moveSelection(&state, by: Int.max / 2)
        case .resize(let width, let height):
            state.width = width
            state.height = height
            state.provincesTable = Table.scrolledToSelection(
                state.provincesTable, rowCount: ProvincesScreen.rowCount(state), visibleRows: visibleRows(state))
        }
        return []
    }

    /// Applies a key through the binding table; unbound keys change nothing.
    public static func reduce(_ state: inout DashboardState, key: Key) -> [Effect] {
        guard let action = KeyBindings.action(for: key) else { return [] }
        return reduce(&state, action)
    }

    private static func cycled(_ screen: Screen, by step: Int) -> Screen {
        let all = Screen.allCases
        let index = (all.firstIndex(of: screen)! + step + all.count) % all.count
        return all[index]
    }

    private static func visibleRows(_ state: DashboardState) -> Int {
        Table.visibleRowCount(in: ProvincesScreen.tableRect(state))
    }

    private static func moveSelection(_ state: inout DashboardState, by rows: Int) {
        guard state.screen == .provinces else { return }
        let count = ProvincesScreen.rowCount(state)
        guard count > 0 else { return }
        var table = state.provincesTable
        let current = table.selectedRow ?? 0
        let target = rows > 0 ? (current > count - 1 - rows ? count - 1 : current + rows)
                              : (current < -rows ? 0 : current + rows)
        table.selectedRow = min(max(0, target), count - 1)
        state.provincesTable = Table.scrolledToSelection(table, rowCount: count, visibleRows: visibleRows(state))
    }
}
