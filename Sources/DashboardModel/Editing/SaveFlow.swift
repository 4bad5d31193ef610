import Localization
package import RolloutData

/// Saving and quitting with edits: the save effect and the app's answers (saved, failed,
/// conflicts), the conflict chooser, the question asked when quitting with unsaved changes, and
/// the data reloaded when the file changed on disk.
package enum SaveFlow {
    /// Ctrl-S, `:simpan`: asks the app to save the data; says so when there is nothing to save.
    package static func save(_ state: inout DashboardState) -> [Effect] {
        if let refusal = Editor.refusal(state) {
            state.message = refusal
            return []
        }
        guard let editing = state.editing, editing.hasUnsavedChanges else {
            state.message = StatusMessage(state.language.text(.saveNothing))
            return []
        }
        state.editing?.isSaving = true
        state.message = StatusMessage(state.language.text(.saving))
        return [.save(state.store.snapshot)]
    }

    /// The file now holds `store` (its revision raised, and what another process saved merged in
    /// when it did): it becomes the saved data, and the unsaved mark goes. With `history` the app
    /// gives the undo history rebased onto a merge; without it the history is kept when the save
    /// wrote the data as it was, and dropped when it merged other changes in (undo would take them
    /// back).
    package static func saved(_ state: inout DashboardState, _ store: RolloutStore, history: EditHistory?) -> [Effect] {
        guard var editing = state.editing else { return [] }
        let written = store.snapshot
        editing.isSaving = false
        if let history {
            editing.history = history
        } else if sameData(written, state.store.snapshot) {
            editing.history.rebase { snapshot in
                var snapshot = snapshot
                snapshot.revision = written.revision
                return snapshot
            }
        } else {
            editing.history = EditHistory()
        }
        editing.history.markSaved()
        editing.setBase(written)
        state.editing = editing
        Editor.replaceData(&state, with: store)
        state.message = StatusMessage(state.language.text(.saved, store.origin.name, state.language.integer(written.revision)))
        guard editing.quitAfterSave else { return [] }
        state.isRunning = false
        return [.quit]
    }

    /// The save failed (the file on disk is as it was): the edits stay, unsaved, with the reason.
    package static func failed(_ state: inout DashboardState, _ reason: String) {
        state.editing?.isSaving = false
        state.editing?.quitAfterSave = false
        state.message = StatusMessage(state.language.text(.saveFailed, reason), isError: true)
    }

    /// Another process saved the same records differently: the chooser opens.
    package static func conflicts(_ state: inout DashboardState, _ conflicts: [SaveConflict]) {
        state.editing?.isSaving = false
        state.mode = .saveConflicts(ConflictChooser(conflicts: conflicts))
        state.message = StatusMessage(state.language.text(.conflictsFound, state.language.integer(conflicts.count)), isError: true)
    }

    package static func choose(_ command: ConflictChooserCommand, _ state: inout DashboardState, _ chooser: ConflictChooser) -> [Effect] {
        var chooser = chooser
        switch command {
        case .move(let step):
            chooser.cursor = min(max(0, chooser.cursor + step), max(0, chooser.conflicts.count - 1))
            chooser.scroll = 0
        case .choose(let side):
            guard let conflict = chooser.conflicts[safe: chooser.cursor] else { break }
            chooser.choices[conflict.subject] = side
            if chooser.cursor < chooser.conflicts.count - 1 {
                chooser.cursor += 1
                chooser.scroll = 0
            }
        case .scroll(let lines):
            chooser.scroll = max(0, chooser.scroll + lines)
        case .accept:
            guard let first = chooser.unchosen.first else {
                state.mode = .browsing
                state.editing?.isSaving = true
                state.message = StatusMessage(state.language.text(.saving))
                return [.saveResolved(state.store.snapshot, choices: chooser.choices)]
            }
            chooser.cursor = first
            chooser.scroll = 0
            state.message = StatusMessage(state.language.text(.conflictsUnchosen, state.language.integer(chooser.unchosen.count)), isError: true)
        case .cancel:
            state.mode = .browsing
            state.editing?.quitAfterSave = false
            state.message = StatusMessage(state.language.text(.conflictsCancelled))
            return []
        }
        state.mode = .saveConflicts(chooser)
        return []
    }

    /// The file changed on disk and the app read it again: `store` is what to show (the file's
    /// data, or the unsaved edits already rebased onto it), `onDisk` what the file holds when that
    /// differs, `history` the undo history rebased onto it (without it, the history is dropped:
    /// its snapshots predate the file's change). The user's place stays.
    package static func reloaded(_ state: inout DashboardState, _ store: RolloutStore, onDisk: Snapshot?, history: EditHistory?) {
        if var editing = state.editing {
            editing.setBase(onDisk ?? store.snapshot)
            editing.history = history ?? EditHistory()
            state.editing = editing
        }
        Editor.replaceData(&state, with: store)
        let unsaved = state.editing?.unsavedCount ?? 0
        let language = state.language
        state.message = StatusMessage(unsaved > 0 ? language.text(.reloadedKeeping, language.integer(store.snapshot.revision), language.integer(unsaved))
                                                  : language.text(.reloaded, language.integer(store.snapshot.revision)))
    }

    /// Quits, asking first when there are unsaved changes.
    package static func quit(_ state: inout DashboardState) -> [Effect] {
        if let editing = state.editing, editing.hasUnsavedChanges {
            state.mode = .confirmUnsavedQuit
            state.message = StatusMessage(state.language.text(.unsavedQuestion, state.language.integer(editing.unsavedCount)), isError: true)
            return []
        }
        state.isRunning = false
        return [.quit]
    }

    /// `s` when asked: saves, and quits once the save succeeds.
    package static func saveAndQuit(_ state: inout DashboardState) -> [Effect] {
        state.mode = .browsing
        state.editing?.quitAfterSave = true
        return save(&state)
    }

    /// True when two snapshots hold the same data, whatever their revision and order.
    private static func sameData(_ one: Snapshot, _ other: Snapshot) -> Bool {
        var other = other.canonicalized()
        other.revision = one.revision
        return one.canonicalized() == other
    }
}
