import DashboardModel
import JSONSupport
import Localization
import NcursesScreen
import RolloutData
import Synchronization

/// The dashboard's side of a snapshot file shared with other `mppdash` processes: it saves the
/// edits through the store's save protocol (lock, revision check, merge, audit log) and answers
/// the reducer, and it reads the file again when another process changed it, keeping the unsaved
/// edits (merged onto the new file) and the undo history.
///
/// `disk` is the store of the file as this process last read or wrote it: the base of the unsaved
/// edits, what a save checks the file against. The reload runs on a thread of its own, so a large
/// file never holds up the keys.
@MainActor
final class SnapshotSession {
    private var disk: RolloutStore
    private let user: AuditUser
    private let watcher: SnapshotWatcher?
    /// The conflicts of the last save, kept until the user chooses between the versions.
    private var conflict: RolloutData.SaveConflict?
    private var reloading: Reloading?

    /// A session for a store read from a file; nil for the built-in dataset. `watch` is false
    /// where the file is not to be followed (tests of a fixed file).
    init?(store: RolloutStore, user: AuditUser, watch: Bool = true) {
        guard case .file(let path) = store.origin else { return nil }
        disk = store
        self.user = user
        watcher = watch ? SnapshotWatcher(path: path) : nil
    }

    /// The audit log of the file, or nothing when it cannot be read (the MPP page then shows no
    /// history; `mppdash history` says why).
    var auditTrail: [AuditEntry] {
        guard case .file(let path) = disk.origin else { return [] }
        return (try? AuditLog.history(ofSnapshot: path)) ?? []
    }

    // MARK: Saving

    /// Saves `edited` and says how it went, as the action for the reducer.
    func save(_ edited: Snapshot, _ state: DashboardState) -> Action {
        do throws(SnapshotError) {
            return answer(try disk.save(edited, user: user, at: .now()), state)
        } catch {
            return .saveFailed(error.description)
        }
    }

    /// Saves `edited` with the conflicts of the last save settled by `choices`.
    func saveResolved(_ edited: Snapshot, choices: [String: DashboardModel.SaveConflict.Side], _ state: DashboardState) -> Action {
        guard let conflict else { return save(edited, state) }
        let sides = choices.mapValues { $0 == .mine ? MergeSide.mine : MergeSide.theirs }
        switch SnapshotMerge(base: conflict.merge.base, mine: edited, theirs: conflict.theirs).result(choosing: sides) {
        case .conflicts(let left):
            return .saveFailed(left.flatMap { [$0.subject] + $0.problems }.joined(separator: "; "))
        case .merged(let settled):
            disk = conflict.current
            self.conflict = nil
            return save(settled, state)
        }
    }

    private func answer(_ outcome: SaveOutcome, _ state: DashboardState) -> Action {
        switch outcome {
        case .saved(let written):
            disk = written
            return .saved(LoadedStore(written))
        case .merged(let written, _, let onDisk):
            let base = disk.snapshot
            disk = written
            return .saved(LoadedStore(written), history: rebased(state.editing?.history, from: base, onto: onDisk))
        case .conflicts(let found):
            conflict = found
            return .saveConflicts(found.conflicts.map { Self.view($0, state) })
        }
    }

    /// A conflict as the chooser shows it: both versions of the record as the file writes them.
    private static func view(_ conflict: MergeConflict, _ state: DashboardState) -> DashboardModel.SaveConflict {
        func lines(_ record: JSONValue?) -> [String] {
            guard let record else { return [state.language.text(.conflictRecordGone)] }
            return String(decoding: CanonicalJSON.encode(record), as: UTF8.self).split(separator: "\n").map(String.init)
                + conflict.problems
        }
        return DashboardModel.SaveConflict(subject: conflict.subject, title: state.subjectTitle(conflict.subject),
                                           mine: lines(conflict.mine), theirs: lines(conflict.theirs))
    }

    /// Writes unsaved edits beside the snapshot when the dashboard is ended before they were
    /// saved (SIGTERM, SIGHUP, a lost SSH connection), so that nothing typed is lost: a snapshot of
    /// its own, `NAME.unsaved-USER-TIME.json`, the snapshot file itself untouched. Its path, or nil
    /// when it could not be written.
    func keepUnsaved(_ edited: Snapshot) -> String? {
        guard case .file(let path) = disk.origin else { return nil }
        let stamp = AuditTime.now().description.filter { $0.isNumber }
        let user = self.user.name.map { $0.isLetter || $0.isNumber ? $0 : "-" }
        let copy = path + ".unsaved-" + String(user) + "-" + stamp + ".json"
        do throws(SnapshotError) {
            try SnapshotFile.write(edited, to: copy, keepBackup: false)
            return copy
        } catch {
            return nil
        }
    }

    // MARK: Reloading

    /// Called on every turn of the loop: starts reading the file again when the watcher saw it
    /// change (and it is not this process's own save), and once that read is done returns the
    /// reducer's action for it.
    func poll(_ state: DashboardState) -> Action? {
        if watcher?.takeChange() == true, reloading == nil, disk.changedOnDisk() {
            let current = disk
            reloading = Reloading { () throws(SnapshotError) in try current.reload() }
        }
        guard let result = reloading?.result else { return nil }
        reloading = nil
        switch result {
        case .failure(let error):
            return .notify(StatusMessage(state.language.text(.reloadFailed, error.description), isError: true))
        case .success(let fresh):
            return reloaded(fresh, state)
        }
    }

    /// The action for the file read again: the new data, with the unsaved edits merged onto it when
    /// there are any; when they conflict with what the other process saved, the edits stay as they
    /// are and the next save shows both versions.
    private func reloaded(_ fresh: RolloutStore, _ state: DashboardState) -> Action? {
        guard fresh.snapshot != disk.snapshot || fresh.diskState != disk.diskState else { return nil }
        let base = disk.snapshot
        guard let editing = state.editing, editing.hasUnsavedChanges else {
            disk = fresh
            return .reloaded(LoadedStore(fresh), history: rebased(state.editing?.history, from: base, onto: fresh.snapshot))
        }
        switch SnapshotMerge(base: base, mine: state.store.snapshot, theirs: fresh.snapshot).result() {
        case .conflicts(let conflicts):
            let subjects = conflicts.map { state.subjectTitle($0.subject) }.joined(separator: ", ")
            return .notify(StatusMessage(state.language.text(.reloadConflicts, subjects), isError: true))
        case .merged(var merged):
            disk = fresh
            merged.revision = fresh.snapshot.revision
            let shown = RolloutStore(validated: merged, origin: fresh.origin)
            return .reloaded(LoadedStore(shown), onDisk: fresh.snapshot,
                             history: rebased(editing.history, from: base, onto: fresh.snapshot))
        }
    }

    /// The undo history carried onto what another process saved: each step's snapshot merged with
    /// the other process's changes; a step whose snapshot does not merge is dropped with those
    /// beyond it.
    private func rebased(_ history: EditHistory?, from base: Snapshot, onto theirs: Snapshot) -> EditHistory? {
        guard var history else { return nil }
        history.rebase { step in
            guard case .merged(var merged) = SnapshotMerge(base: base, mine: step, theirs: theirs).result() else { return nil }
            merged.revision = theirs.revision
            return merged
        }
        return history
    }
}

/// A read of the snapshot file on a thread of its own; wakes the loop when done.
private final class Reloading: Sendable {
    private let outcome = Mutex<Result<RolloutStore, SnapshotError>?>(nil)

    init(_ read: @escaping @Sendable () throws(SnapshotError) -> RolloutStore) {
        BackgroundThread.start { [self] in
            let result = Result { () throws(SnapshotError) -> RolloutStore in try read() }
            outcome.withLock { $0 = result }
            LoopWaker.wake()
        }
    }

    var result: Result<RolloutStore, SnapshotError>? { outcome.withLock { $0 } }
}
