import Localization
package import RolloutData
package import TerminalCanvas

/// Typing in the finder (`/`) and the command line (`:`).
///
/// The finder lists what matches as the user types; on a list it also narrows the rows to the
/// matches and selects the first. ↑/↓ choose an entry and Enter takes it: a row of the list on
/// screen is selected there and the list stays narrowed (n/N go on from there, Esc shows every row
/// again); anything else is opened and the list is as it was. Esc puts back what there was before.
package enum PromptInput {
    package static func reduce(_ state: inout DashboardState, _ prompt: Prompt, key: Key) -> [Effect] {
        var prompt = prompt
        state.message = nil
        switch key {
        case .escape:
            if prompt.kind == .search { Reducer.setQuery(&state, prompt.previousQuery) }
            state.mode = .browsing
            return []
        case .enter:
            state.mode = .browsing
            return run(&state, prompt)
        case .backspace, .control("h"):
            guard !prompt.text.isEmpty else {
                if prompt.kind == .search { Reducer.setQuery(&state, prompt.previousQuery) }
                state.mode = .browsing
                return []
            }
            prompt.text.removeLast()
        case .control("u"):
            prompt.text = ""
        case .up, .backTab:
            prompt.selection = max(0, prompt.selection - 1)
        case .down, .tab:
            prompt.selection += 1
        case .character(let character):
            // Take the text out of the state first, so that appending does not copy it.
            state.mode = .browsing
            guard LineEditor.type(character, into: &prompt.text) else {
                state.mode = .prompt(prompt)
                state.message = LineEditor.refusal(state.language)
                return []
            }
            prompt.selection = 0
        default:
            return []
        }
        update(&state, prompt)
        return []
    }

    /// Inserts pasted text at the end of the prompt in one step (see `LineEditor.paste`): a
    /// prompt is one line.
    package static func paste(_ state: inout DashboardState, _ prompt: Prompt, _ text: String) {
        var prompt = prompt
        state.mode = .browsing
        state.message = nil
        let accepted = LineEditor.paste(text, into: &prompt.text)
        prompt.selection = 0
        update(&state, prompt)
        if !accepted { state.message = LineEditor.refusal(state.language) }
    }

    /// The entries a prompt lists for its text: the finder's or the command line's.
    package static func entries(_ prompt: Prompt, _ state: DashboardState) -> [PaletteEntry] {
        prompt.kind == .search ? Finder.entries(for: prompt.text, state) : Palette.entries(for: prompt.text, state)
    }

    /// Puts the edited prompt back, narrowing the list and keeping the choice in range.
    private static func update(_ state: inout DashboardState, _ prompt: Prompt) {
        var prompt = prompt
        if prompt.kind == .search {
            Reducer.setQuery(&state, prompt.text, keepSelection: false)
            Reducer.jumpToMatch(&state, forward: true, includingCurrent: true)
        }
        if prompt.selection > 0 { prompt.selection = min(prompt.selection, max(0, entries(prompt, state).count - 1)) }
        state.mode = .prompt(prompt)
    }

    private static func run(_ state: inout DashboardState, _ prompt: Prompt) -> [Effect] {
        let entries = entries(prompt, state)
        guard let entry = entries[safe: prompt.selection] ?? entries.first else {
            if prompt.kind == .search {
                guard !prompt.text.isEmpty else { return [] }
                state.message = StatusMessage(state.language.text(.searchNotFound, prompt.text), isError: true)
            } else {
                state.message = StatusMessage(state.language.text(.commandUnknown, prompt.text), isError: true)
            }
            return []
        }
        if case .select(let id) = entry.action {
            Reducer.select(&state, id: id)
            return []
        }
        if prompt.kind == .search { Reducer.setQuery(&state, prompt.previousQuery) }
        switch entry.action {
        case .perform(let action):
            return Reducer.reduce(&state, action)
        case .go(let route, let id):
            Reducer.go(&state, to: route, select: id)
            return []
        case .select:
            return []
        }
    }
}

/// The filter menu (`f` or `|`), its keys from the binding table: ↑/↓ move, Space toggles a
/// value, Enter applies and closes, `c` clears, Esc closes without changing the filter. It offers
/// only the facets of the current list.
package enum FilterMenuInput {
    /// One value the menu offers.
    package enum Entry: Hashable {
        case islandGroup(IslandGroup)
        case province(String)
        case coverage(CoverageStatus)
        case status(RegionStatusKind)
        /// nil: no MPP Digital stage on record.
        case digital(DigitalStage?)
        case portal(PortalIntegration)
    }

    /// The values of the current list's facets, in order; none where the list has no filter.
    package static func entries(_ state: DashboardState) -> [Entry] {
        guard let spec = state.currentList?.spec else { return [] }
        return spec.facets.flatMap { facet -> [Entry] in
            switch facet {
            case .islandGroup: return IslandGroup.allCases.map { .islandGroup($0) }
            case .province: return state.store.index.provinces.map { .province($0.code) }
            case .coverage: return CoverageStatus.allCases.map { .coverage($0) }
            case .regionStatus: return RegionStatusKind.allCases.map { .status($0) }
            case .digital: return ([nil] + DigitalStage.allCases.map { Optional($0) }).map { .digital($0) }
            case .portal: return PortalIntegration.allCases.map { .portal($0) }
            }
        }
    }

    package static func run(_ command: FilterMenuCommand, _ state: inout DashboardState, _ menu: FilterMenu) {
        var menu = menu
        let entries = entries(state)
        switch command {
        case .move(let lines):
            menu.cursor = min(max(0, entries.count - 1), max(0, menu.cursor + lines))
        case .toggle:
            if let entry = entries[safe: menu.cursor] { toggle(entry, in: &menu.draft) }
        case .clear:
            menu.draft = RowFilter()
        case .apply:
            var list = state.list(state.route)
            list.filter = menu.draft
            state.lists[state.route] = list
            state.mode = .browsing
            Reducer.keepSelectionVisible(&state)
            return
        case .cancel:
            state.mode = .browsing
            return
        }
        state.mode = .filterMenu(menu)
    }

    package static func isOn(_ entry: Entry, in filter: RowFilter) -> Bool {
        switch entry {
        case .islandGroup(let group): return filter.islandGroups.contains(group)
        case .province(let code): return filter.provinces.contains(code)
        case .coverage(let status): return filter.coverage.contains(status)
        case .status(let status): return filter.statuses.contains(status)
        case .digital(let stage): return filter.digital.contains(stage)
        case .portal(let portal): return filter.portal.contains(portal)
        }
    }

    private static func toggle(_ entry: Entry, in filter: inout RowFilter) {
        switch entry {
        case .islandGroup(let group): flip(group, in: &filter.islandGroups)
        case .province(let code): flip(code, in: &filter.provinces)
        case .coverage(let status): flip(status, in: &filter.coverage)
        case .status(let status): flip(status, in: &filter.statuses)
        case .digital(let stage): flip(stage, in: &filter.digital)
        case .portal(let portal): flip(portal, in: &filter.portal)
        }
    }

    private static func flip<Value: Hashable>(_ value: Value, in set: inout Set<Value>) {
        if set.remove(value) == nil { set.insert(value) }
    }
}

/// The sort menu (`o`): the current list's columns; ↑/↓ or j/k move, Enter sorts by the column
/// under the cursor (the column already sorted by is reversed), Esc, `o` or `q` close it.
package enum SortMenuInput {
    /// The columns the menu offers: those with a title, by their index in the list.
    package static func columns(_ state: DashboardState) -> [(index: Int, title: String)] {
        guard let spec = state.currentList?.spec else { return [] }
        return spec.columns.enumerated().filter { !$0.element.title.isEmpty }.map { ($0.offset, $0.element.title) }
    }

    package static func open(_ state: inout DashboardState) {
        let columns = columns(state)
        guard !columns.isEmpty else { return }
        let current = state.list(state.route).table.sortColumn
        state.mode = .sortMenu(SortMenu(cursor: columns.firstIndex { $0.index == current } ?? 0))
    }

    package static func reduce(_ state: inout DashboardState, _ menu: SortMenu, key: Key) {
        var menu = menu
        let columns = columns(state)
        switch key {
        case .escape, .character("o"), .character("q"):
            state.mode = .browsing
            return
        case .up, .character("k"):
            menu.cursor = max(0, menu.cursor - 1)
        case .down, .character("j"):
            menu.cursor = min(columns.count - 1, menu.cursor + 1)
        case .enter, .character(" "):
            state.mode = .browsing
            if let column = columns[safe: menu.cursor] { Reducer.sort(&state, byColumn: column.index) }
            return
        default:
            return
        }
        state.mode = .sortMenu(menu)
    }
}
