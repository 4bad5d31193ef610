public import TerminalCanvas
import Localization
package import RolloutData

/// The view-model's only way to change state: a pure function of the state and an action that
/// returns the effects for the app loop to run. No I/O, no clock, no terminal.
public enum Reducer {
    public static func reduce(_ state: inout DashboardState, _ action: Action) -> [Effect] {
        let effects = apply(action, &state)
        state.refreshDerivedData()
        return effects
    }

    private static func apply(_ action: Action, _ state: inout DashboardState) -> [Effect] {
        // A tick is not the user's doing: what the dashboard last said stays.
        if action != .tick { state.message = nil }
        if let refusal = state.writeRefusal(action) {
            state.message = refusal
            return []
        }
        switch action {
        case .quit:
            return SaveFlow.quit(&state)
        case .backOrQuit:
            if state.stack.count > 1 {
                state.stack.removeLast()
            } else if state.isTooSmall || state.editing?.hasUnsavedChanges == true {
                return SaveFlow.quit(&state)
            } else {
                state.mode = .confirmQuit
                state.message = StatusMessage(state.language.text(.quitConfirm))
            }
        case .back:
            back(&state)
        case .open:
            open(&state)
        case .showScreen(let screen):
            state.stack = [.screen(screen)]
        case .nextScreen:
            state.stack = [.screen(cycled(state.screen, by: 1))]
        case .previousScreen:
            state.stack = [.screen(cycled(state.screen, by: -1))]
        case .showHelp:
            if state.route != .help { state.stack.append(.help) }
        case .moveOnMap(let direction):
            MapPage.move(&state, direction)
        case .move(let rows):
            moveSelection(&state, by: rows)
        case .page(let pages):
            moveSelection(&state, by: pages * max(1, ScreenLayout.pageSize(state)))
        case .halfPage(let halves):
            moveSelection(&state, by: halves * max(1, ScreenLayout.pageSize(state) / 2))
        case .top:
            moveSelection(&state, by: Int.min / 2)
        case .bottom:
            moveSelection(&state, by: Int.max / 2)
        case .scrollColumns(let step):
            guard let spec = state.currentList?.spec else { return [] }
            var list = state.list(state.route)
            let limit = max(0, spec.columns.count - list.table.frozenColumns - 1)
            list.table.horizontalOffset = min(limit, max(0, list.table.horizontalOffset + step))
            state.lists[state.route] = list
        case .startSearch:
            state.mode = .prompt(Prompt(kind: .search, previousQuery: state.list(state.route).query))
        case .searchNext:
            jumpToMatch(&state, forward: true, includingCurrent: false)
        case .searchPrevious:
            jumpToMatch(&state, forward: false, includingCurrent: false)
        case .startCommand:
            state.mode = .prompt(Prompt(kind: .command))
        case .sortColumn(let step):
            sort(&state, step: step)
        case .reverseSort:
            reverseSort(&state)
        case .openSortMenu:
            SortMenuInput.open(&state)
        case .openFilterMenu:
            guard let spec = state.currentList?.spec, !spec.facets.isEmpty else {
                state.message = StatusMessage(state.language.text(.filterNone))
                return []
            }
            state.mode = .filterMenu(FilterMenu(draft: state.list(state.route).filter))
        case .filterMenu(let command):
            guard case .filterMenu(let menu) = state.mode else { return [] }
            FilterMenuInput.run(command, &state, menu)
        case .showLinks:
            guard state.route.hasScrollingText, !TextPage.links(state).isEmpty else {
                state.message = StatusMessage(state.language.text(.linksNone))
                return []
            }
            state.mode = .links(LinksMenu())
        case .linksMenu(let command):
            guard case .links(var menu) = state.mode else { return [] }
            let links = TextPage.links(state)
            switch command {
            case .move(let lines):
                menu.cursor = min(max(0, menu.cursor + lines), max(0, links.count - 1))
                state.mode = .links(menu)
            case .close:
                state.mode = .browsing
            case .copy:
                state.mode = .browsing
                guard links.indices.contains(menu.cursor) else { return [] }
                state.message = StatusMessage(state.language.text(.linkCopied, links[menu.cursor]))
                return [.copyToClipboard(links[menu.cursor])]
            }
        case .stepMonth(let months):
            setAsOf(&state, state.asOf.adding(months: months))
        case .stepBatch(let step):
            stepBatch(&state, step)
        case .setAsOf(let day):
            setAsOf(&state, day)
        case .replay(let command):
            ReplayControl.run(command, &state)
        case .setLanguage(let language):
            state.language = language
        case .switchLanguage:
            let all = Language.allCases
            state.language = all[(all.firstIndex(of: state.language)! + 1) % all.count]
            state.message = StatusMessage(Palette.languageTitle(state.language))
        case .returnToToday:
            setAsOf(&state, state.today)
            state.message = StatusMessage(state.language.text(.todayAgain, state.language.date(state.today)))
        case .toggleBigFigures:
            BigFiguresPage.toggle(&state)
        case .cycleTheme:
            let names = state.themes.map(\.name)
            let next = ((names.firstIndex(of: state.theme.name) ?? -1) + 1) % max(1, names.count)
            state.use(state.themes[next])
            state.message = StatusMessage(state.language.text(.themeInUse, state.theme.name))
        case .setTheme(let name):
            guard let theme = state.themes.first(where: { $0.name == name }) else {
                state.message = StatusMessage(state.language.text(.themeUnknown, name), isError: true)
                return []
            }
            state.use(theme)
            state.message = StatusMessage(state.language.text(.themeInUse, name))
        case .saveTheme:
            return [.saveTheme(state.theme.name)]
        case .export(let format, let path):
            guard let request = ViewExport.request(state, format: format, path: path) else {
                state.message = StatusMessage(state.language.text(.exportEmpty), isError: true)
                return []
            }
            return [.export(request)]
        case .resize(let width, let height):
            state.width = width
            state.height = height
            keepSelectionVisible(&state)
        case .tick:
            Timers.tick(&state)
        case .notify(let message):
            state.message = message
        case .openEditMenu:
            Editor.openMenu(&state)
        case .editMenu(let command):
            guard case .editMenu(var menu) = state.mode else { return [] }
            switch command {
            case .move(let lines):
                menu.cursor = min(max(0, menu.cursor + lines), max(0, menu.entries.count - 1))
                state.mode = .editMenu(menu)
            case .open:
                state.mode = .browsing
                if let kind = menu.entries[safe: menu.cursor] { Editor.openForm(kind, &state) }
            case .close:
                state.mode = .browsing
            }
        case .openForm(let kind):
            Editor.openForm(kind, &state)
        case .form(let command):
            guard case .form(let form) = state.mode else { return [] }
            return FormInput.run(command, &state, form)
        case .undo:
            Editor.undo(&state)
        case .redo:
            Editor.redo(&state)
        case .save:
            return SaveFlow.save(&state)
        case .saveAndQuit:
            return SaveFlow.saveAndQuit(&state)
        case .quitWithoutSaving:
            state.isRunning = false
            return [.quit]
        case .cancelQuit:
            state.mode = .browsing
        case .conflictChooser(let command):
            guard case .saveConflicts(let chooser) = state.mode else { return [] }
            return SaveFlow.choose(command, &state, chooser)
        case .saved(let loaded, let history):
            return SaveFlow.saved(&state, loaded.store, history: history)
        case .saveFailed(let reason):
            SaveFlow.failed(&state, reason)
        case .saveConflicts(let conflicts):
            SaveFlow.conflicts(&state, conflicts)
        case .reloaded(let loaded, let onDisk, let history):
            SaveFlow.reloaded(&state, loaded.store, onDisk: onDisk, history: history)
        }
        return []
    }

    /// Applies a key: to the open prompt or menu if any, else through the binding table.
    public static func reduce(_ state: inout DashboardState, key: Key) -> [Effect] {
        if let effects = Kiosk.intercept(key, &state) { return effects }
        let effects = apply(key, &state)
        state.refreshDerivedData()
        return effects
    }

    private static func apply(_ key: Key, _ state: inout DashboardState) -> [Effect] {
        switch state.mode {
        case .prompt(let prompt):
            return PromptInput.reduce(&state, prompt, key: key)
        case .sortMenu(let menu):
            SortMenuInput.reduce(&state, menu, key: key)
            return []
        case .confirmQuit:
            state.mode = .browsing
            state.message = nil
            return key == .character("q") || key == .character("y") ? reduce(&state, .quit) : []
        case .form(var form) where form.confirmingCancel && KeyBindings.action(for: key, in: .formCancel) == nil:
            form.confirmingCancel = false
            state.mode = .form(form)
            return []
        case .form(let form) where !form.confirmingCancel && KeyBindings.action(for: key, in: .form) == nil:
            guard case .character(let character) = key else { return [] }
            state.message = nil
            return FormInput.type(character, &state, form)
        case .browsing, .filterMenu, .links, .editMenu, .form, .saveConflicts, .confirmUnsavedQuit:
            guard let action = KeyBindings.action(for: key, state) else { return [] }
            return reduce(&state, action)
        }
    }

    /// Applies pasted text to the open prompt or form field; elsewhere it is ignored, never read
    /// as keys.
    public static func reduce(_ state: inout DashboardState, paste text: String) {
        Kiosk.pause(&state)
        switch state.mode {
        case .prompt(let prompt):
            PromptInput.paste(&state, prompt, text)
        case .form(let form) where !form.confirmingCancel:
            state.message = nil
            FormInput.paste(text, &state, form)
        default:
            return
        }
        state.refreshDerivedData()
    }

    // MARK: Navigation

    private static func back(_ state: inout DashboardState) {
        var list = state.list(state.route)
        if !list.query.isEmpty {
            setQuery(&state, "")
        } else if !list.filter.isEmpty {
            list.filter = RowFilter()
            state.lists[state.route] = list
            keepSelectionVisible(&state)
        } else if state.stack.count > 1 {
            state.stack.removeLast()
        }
    }

    private static func open(_ state: inout DashboardState) {
        if state.route == .screen(.map) {
            if let code = MapPage.selectedProvince(state) { state.stack.append(.province(code)) }
            return
        }
        if state.route.hasScrollingText {
            if let target = TextPage.target(state) { state.stack.append(target) }
            return
        }
        guard let row = selectedRow(state), let target = row.target else { return }
        if let filter = row.targetFilter {
            state.stack = DashboardState.stack(leadingTo: target, in: state.store.index)
            var list = state.list(target)
            list.filter = filter
            state.lists[target] = list
            keepSelectionVisible(&state)
        } else {
            state.stack.append(target)
        }
    }

    private static func cycled(_ screen: Screen, by step: Int) -> Screen {
        let all = Screen.allCases
        return all[(all.firstIndex(of: screen)! + step + all.count) % all.count]
    }

    /// Opens a route with the stack leading to it, selecting a row of its list by id.
    package static func go(_ state: inout DashboardState, to route: Route, select id: String?) {
        state.stack = DashboardState.stack(leadingTo: route, in: state.store.index)
        if let id { select(&state, id: id) }
    }

    // MARK: Lists

    /// The rows the current list shows, filtered and sorted.
    package static func visibleRows(_ state: DashboardState) -> [ListRow]? {
        state.currentList?.rows
    }

    package static func selectedRow(_ state: DashboardState) -> ListRow? {
        guard let rows = visibleRows(state), let index = state.list(state.route).table.selectedRow else { return nil }
        return rows[safe: index]
    }

    private static func moveSelection(_ state: inout DashboardState, by rows: Int) {
        if let count = visibleRows(state)?.count {
            guard count > 0 else { return }
            var list = state.list(state.route)
            let current = list.table.selectedRow ?? 0
            list.table.selectedRow = clampedAdd(current, rows, upperBound: count - 1)
            list.table = Table.scrolledToSelection(list.table, rowCount: count, visibleRows: ScreenLayout.pageSize(state))
            state.lists[state.route] = list
        } else if state.route.hasScrollingText {
            let limit = TextPage.lineCount(state) - TextPage.visibleLines(state)
            state.textScroll[state.route] = clampedAdd(state.textScroll[state.route] ?? 0, rows, upperBound: max(0, limit))
        }
    }

    private static func clampedAdd(_ value: Int, _ step: Int, upperBound: Int) -> Int {
        if step > 0 { return value > upperBound - step ? upperBound : value + step }
        return value < -step ? 0 : min(upperBound, value + step)
    }

    package static func keepSelectionVisible(_ state: inout DashboardState) {
        for route in state.stack {
            guard let count = state.listView(route)?.rows.count else { continue }
            var list = state.list(route)
            var probe = state
            probe.stack = [route]
            list.table = Table.scrolledToSelection(list.table, rowCount: count, visibleRows: ScreenLayout.pageSize(probe))
            state.lists[route] = list
        }
    }

    /// Sets the finder's text the current list is narrowed to, keeping the selected row selected
    /// when it is still shown (unless the caller selects a row itself).
    package static func setQuery(_ state: inout DashboardState, _ query: String, keepSelection: Bool = true) {
        let selectedID = keepSelection ? selectedRow(state)?.id : nil
        var list = state.list(state.route)
        list.query = query
        state.lists[state.route] = list
        state.refreshListCache()
        if let selectedID { select(&state, id: selectedID) }
    }

    package static func select(_ state: inout DashboardState, id: String) {
        guard let rows = visibleRows(state), let index = rows.firstIndex(where: { $0.id == id }) else { return }
        var list = state.list(state.route)
        list.table.selectedRow = index
        list.table = Table.scrolledToSelection(list.table, rowCount: rows.count, visibleRows: ScreenLayout.pageSize(state))
        state.lists[state.route] = list
    }

    /// Moves the selection to the next (or previous) row that matches the search, wrapping.
    package static func jumpToMatch(_ state: inout DashboardState, forward: Bool, includingCurrent: Bool) {
        let query = FinderQuery(state.list(state.route).query)
        guard !query.isEmpty, let rows = visibleRows(state) else { return }
        guard !rows.isEmpty else {
            state.message = StatusMessage(state.language.text(.searchNotFound, state.list(state.route).query), isError: true)
            return
        }
        let current = state.list(state.route).table.selectedRow ?? 0
        let offsets = includingCurrent ? Array(0..<rows.count) : Array(1...rows.count)
        for offset in offsets {
            let index = ((current + (forward ? offset : -offset)) % rows.count + rows.count) % rows.count
            if query.matches(rows[index].searchText) {
                select(&state, id: rows[index].id)
                return
            }
        }
        state.message = StatusMessage(state.language.text(.searchNotFound, state.list(state.route).query), isError: true)
    }

    /// Sorts by a column, keeping the selected row; choosing the column already sorted by reverses it.
    package static func sort(_ state: inout DashboardState, byColumn column: Int) {
        let selectedID = selectedRow(state)?.id
        var list = state.list(state.route)
        if list.table.sortColumn == column {
            list.table.sortAscending.toggle()
        } else {
            list.table.sortColumn = column
            list.table.sortAscending = true
        }
        state.lists[state.route] = list
        state.refreshListCache()
        if let selectedID { select(&state, id: selectedID) }
    }

    private static func sort(_ state: inout DashboardState, step: Int) {
        guard let spec = state.currentList?.spec, !spec.columns.isEmpty else { return }
        let selectedID = selectedRow(state)?.id
        var list = state.list(state.route)
        let count = spec.columns.count
        let current = list.table.sortColumn ?? (step > 0 ? -1 : count)
        var next = ((current + step) % count + count) % count
        if spec.columns[next].title.isEmpty { next = ((next + step) % count + count) % count }
        list.table.sortColumn = next
        list.table.sortAscending = true
        state.lists[state.route] = list
        state.refreshListCache()
        if let selectedID { select(&state, id: selectedID) }
    }

    private static func reverseSort(_ state: inout DashboardState) {
        guard state.currentList != nil else { return }
        let selectedID = selectedRow(state)?.id
        var list = state.list(state.route)
        if list.table.sortColumn == nil { list.table.sortColumn = 0 }
        list.table.sortAscending.toggle()
        state.lists[state.route] = list
        state.refreshListCache()
        if let selectedID { select(&state, id: selectedID) }
    }

    // MARK: Time travel

    /// The days the as-of date can take: from the first day of the earliest dated fact to today.
    package static func dateRange(_ state: DashboardState) -> ClosedRange<Day> {
        min(state.store.index.earliestDay, state.today)...state.today
    }

    package static func setAsOf(_ state: inout DashboardState, _ day: Day) {
        let range = dateRange(state)
        let clamped = min(max(day, range.lowerBound), range.upperBound)
        if clamped != day {
            state.message = StatusMessage(state.language.text(.asOfClamped, state.language.date(range.lowerBound),
                                                              state.language.date(range.upperBound)))
        }
        show(&state, asOf: clamped)
    }

    /// Shows the figures of a day, unchecked: the replay starts before the dates the keys reach.
    package static func show(_ state: inout DashboardState, asOf day: Day) {
        guard day != state.asOf else { return }
        state.figures = RolloutFigures(index: state.store.index, asOf: day)
        keepSelectionVisible(&state)
    }

    /// Steps to the next or previous day a batch is dated to (a batch known only by its month or
    /// year has no day to stop at), within the dates the dashboard takes; says when there is none.
    private static func stepBatch(_ state: inout DashboardState, _ step: Int) {
        let range = dateRange(state)
        let days = Set(state.store.index.batchesInDateOrder.compactMap { batch in
            batch.date.flatMap { $0.precision == .day ? $0.firstDay : nil }
        }).filter(range.contains).sorted()
        guard let target = step > 0 ? days.first(where: { $0 > state.asOf }) : days.last(where: { $0 < state.asOf }) else {
            state.message = StatusMessage(state.language.text(step > 0 ? .batchNoneLater : .batchNoneEarlier))
            return
        }
        setAsOf(&state, target)
    }
}

extension Route {
    /// Screens whose body is text that scrolls rather than a list.
    package var hasScrollingText: Bool {
        switch self {
        case .region, .mall, .conflict, .help: return true
        default: return false
        }
    }
}
