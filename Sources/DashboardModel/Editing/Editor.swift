import Localization
package import RolloutData

/// Changing the data in the dashboard: edits applied through `Snapshot.applying` and recorded
/// for undo, undo and redo, and new data put in place keeping the user's place (the routes that
/// still exist, each list's selection by row id, the as-of day).
package enum Editor {
    /// Why an edit key does nothing here: the built-in dataset and `--read-only` cannot be
    /// edited, and edits wait while a save is under way; nil when editing is allowed.
    package static func refusal(_ state: DashboardState) -> StatusMessage? {
        let language = state.language
        switch state.access {
        case .builtin: return StatusMessage(language.text(.editBuiltin), isError: true)
        case .readOnly: return StatusMessage(language.text(.editReadOnly), isError: true)
        case .editable:
            return state.editing?.isSaving == true ? StatusMessage(language.text(.editWhileSaving), isError: true) : nil
        }
    }

    /// Opens the edit menu of where the user is.
    package static func openMenu(_ state: inout DashboardState) {
        if let refusal = refusal(state) {
            state.message = refusal
            return
        }
        state.mode = .editMenu(EditMenu(entries: EditContext(state).forms))
    }

    /// Opens a form, prefilled.
    package static func openForm(_ kind: FormKind, _ state: inout DashboardState) {
        if let refusal = refusal(state) {
            state.message = refusal
            return
        }
        state.mode = .form(FormCatalog.form(kind, state))
    }

    /// Makes an edit and records it for undo; throws, changing nothing, when the data refuses it.
    package static func apply(_ edit: SnapshotEdit, _ state: inout DashboardState) throws(EditError) {
        guard state.editing != nil else { return }
        let before = state.store.snapshot
        let after = try before.applying(edit)
        state.editing?.history.record(edit, before: before)
        replaceData(&state, with: RolloutStore(validated: after, origin: state.store.origin))
        state.message = StatusMessage(state.language.text(.editRecorded, EditSummary.text(edit, state)))
    }

    /// Takes back the last edit of the run (`u`), keeping the user's place.
    package static func undo(_ state: inout DashboardState) {
        step(&state, undo: true)
    }

    /// Makes the last undone edit again (Ctrl-R).
    package static func redo(_ state: inout DashboardState) {
        step(&state, undo: false)
    }

    private static func step(_ state: inout DashboardState, undo: Bool) {
        if let refusal = refusal(state) {
            state.message = refusal
            return
        }
        let current = state.store.snapshot
        guard let step = undo ? state.editing?.history.undo(from: current) : state.editing?.history.redo(from: current) else {
            state.message = StatusMessage(state.language.text(undo ? .undoNothing : .redoNothing))
            return
        }
        let summary = EditSummary.text(step.edit, state)
        replaceData(&state, with: RolloutStore(validated: step.snapshot, origin: state.store.origin))
        state.message = StatusMessage(state.language.text(undo ? .editUndone : .editRedone, summary))
    }

    /// Puts new data in place: the routes that no longer exist are dropped, each list keeps its
    /// selected row by id, the as-of day stays (within the new data's range), and the unsaved
    /// changes are counted again.
    package static func replaceData(_ state: inout DashboardState, with store: RolloutStore) {
        var selected: [Route: String] = [:]
        for route in state.stack {
            guard let view = state.listView(route), let row = state.list(route).table.selectedRow, let id = view.rows[safe: row]?.id else { continue }
            selected[route] = id
        }
        state.store = store
        state.stack = state.stack.filter { DashboardState.exists($0, in: store.index) }
        if state.stack.isEmpty { state.stack = [.screen(.overview)] }
        let range = Reducer.dateRange(state)
        state.figures = RolloutFigures(index: store.index, asOf: min(max(state.asOf, range.lowerBound), range.upperBound))
        state.refreshListCache()
        for (route, id) in selected where state.stack.contains(route) {
            guard let rows = state.listView(route)?.rows, let row = rows.firstIndex(where: { $0.id == id }) else { continue }
            var list = state.list(route)
            list.table.selectedRow = row
            state.lists[route] = list
        }
        Reducer.keepSelectionVisible(&state)
        state.editing?.compare(with: store.snapshot)
    }
}
