public import JSONSupport

/// What a save did.
public enum SaveOutcome: Sendable {
    /// Written with the revision after the one loaded; the store of what was written.
    case saved(RolloutStore)
    /// Another process saved the file since it was loaded; its changes and these touched
    /// different records, so both were merged and written (revision: theirs + 1). `theirs` are the
    /// subjects the other saves changed, for the caller to show; `onDisk` is the file as they left
    /// it (what an undo history is rebased onto).
    case merged(RolloutStore, theirs: [String], onDisk: Snapshot)
    /// Another process changed some of the same records differently: nothing was written. The
    /// caller shows both versions, the user chooses, and the resolution is saved through
    /// `SaveConflict.current`.
    case conflicts(SaveConflict)
}

/// The conflicts of a save that could not merge, with what is needed to settle them.
public struct SaveConflict: Sendable {
    public let conflicts: [MergeConflict]
    /// The merge of the store's base, the edits and the file on disk.
    public let merge: SnapshotMerge
    /// The store of the file as it is on disk now: save the settled snapshot through it.
    public let current: RolloutStore

    /// The snapshot on disk.
    public var theirs: Snapshot { merge.theirs }

    /// The merged snapshot with each conflict settled by `choices` (subject → side), or the
    /// conflicts left.
    public func resolve(_ choices: [String: MergeSide]) -> MergeResult { merge.result(choosing: choices) }
}

extension RolloutStore {
    /// Saves `edited` (this store's snapshot with the user's edits) to the store's file, with the
    /// audit log's lines for `user` at `time`.
    ///
    /// Under the file's lock (`.NAME.lock`, held only for the save): when the file is still the
    /// one this store read or wrote, `edited` is written with the next revision; when another
    /// process saved it meanwhile, the file is read and merged with `edited` (this store's
    /// snapshot as the base) and the merge is written, or nothing is written and the conflicts
    /// are returned. The write is atomic, keeps the previous file as `NAME.bak`, and its changes
    /// go to `NAME.history.jsonl`. A save that fails throws naming the file and the reason, and
    /// leaves the file as it was. An invalid `edited` is refused with its problems.
    public func save(_ edited: Snapshot, user: AuditUser, at time: AuditTime) throws(SnapshotError) -> SaveOutcome {
        guard case .file(let path) = origin else {
            throw SnapshotError(file: origin.name, message: "the built-in dataset cannot be changed; write an editable copy with `mppdash init FILE` and open that")
        }
        let problems = SnapshotValidator.problems(in: edited)
        guard problems.isEmpty else { throw SnapshotError(file: path, problems: problems) }
        let target = try AtomicFile.realFile(path, kind: SnapshotFile.kind)
        let lock = try SaveLock(snapshot: target, operations: operations)
        let onDisk = FileIdentity.of(target)
        var current = self
        if onDisk != diskState {
            guard diskState != nil else {
                throw SnapshotError(file: path, message: "already exists and was not read by this store; open it to edit it, so that nothing in it is overwritten")
            }
            guard onDisk != nil else {
                throw SnapshotError(file: path, message: "was removed or renamed since it was opened; your edits are kept: restore the file (or save them elsewhere) and save again")
            }
            do throws(SnapshotError) {
                current = try RolloutStore.load(path: path, operations: operations)
            } catch {
                throw SnapshotError(file: path, problems: [SnapshotProblem(path: .root, message: "changed on disk since it was opened and cannot be read now, so it is not overwritten; your edits are kept")] + error.problems)
            }
        }
        let journal = AuditJournal(snapshot: target, operations: operations)
        journal.recover(revisionOnDisk: current.snapshot.revision)
        var toWrite = edited
        var theirs: [String] = []
        if current.diskState != diskState {
            let merge = SnapshotMerge(base: snapshot, mine: edited, theirs: current.snapshot)
            switch merge.result() {
            case .merged(let merged):
                toWrite = merged
                theirs = merge.theirChanges.map(\.subject)
            case .conflicts(let conflicts):
                return .conflicts(SaveConflict(conflicts: conflicts, merge: merge, current: current))
            }
        }
        let (written, identity) = try current.write(toWrite, to: path, journal: journal, user: user, time: time)
        _ = consume lock
        let store = RolloutStore(validated: written, origin: origin, diskState: identity, operations: operations)
        return theirs.isEmpty ? .saved(store) : .merged(store, theirs: theirs, onDisk: current.snapshot)
    }

    /// Writes `next` as the revision after this store's (the file on disk), with its audit lines;
    /// returns what was written and the file's new identity.
    private func write(_ next: Snapshot, to path: String, journal: AuditJournal, user: AuditUser,
                       time: AuditTime) throws(SnapshotError) -> (Snapshot, FileIdentity?) {
        guard snapshot.revision < Int.max else {
            throw SnapshotError(file: path, message: "the revision \(snapshot.revision) cannot be raised any further")
        }
        var written = next.canonicalized()
        written.revision = snapshot.revision + 1
        written.version = .current
        let lines = AuditLog.lines(SnapshotDiff.changes(from: snapshot, to: written), user: user, revision: written.revision, time: time)
        if !lines.isEmpty { try journal.prepare(lines) }
        do throws(SnapshotError) {
            try SnapshotFile.write(written, to: path, operations: operations)
        } catch {
            if !lines.isEmpty { journal.discard() }
            throw error
        }
        if !lines.isEmpty { journal.commit(lines) }
        return (written, FileIdentity.of(path))
    }

    /// Writes `snapshot` as a new snapshot file at `path`, as it is (its revision unchanged), and
    /// returns the store of it: `mppdash init`. Refuses to replace a file that exists unless
    /// `replacing` (the old file is then kept as `path.bak`).
    public static func create(_ snapshot: Snapshot, at path: String, replacing: Bool = false,
                              operations: FileOperations = .system) throws(SnapshotError) -> RolloutStore {
        let problems = SnapshotValidator.problems(in: snapshot)
        guard problems.isEmpty else { throw SnapshotError(file: path, problems: problems) }
        let target = try AtomicFile.realFile(path, kind: SnapshotFile.kind)
        let lock = try SaveLock(snapshot: target, operations: operations)
        guard replacing || !SnapshotFile.exists(path) else {
            throw SnapshotError(file: path, message: "already exists; use --force to replace it (the old file is kept as \(path).bak)")
        }
        var written = snapshot.canonicalized()
        written.version = .current
        try SnapshotFile.write(written, to: path, operations: operations)
        let identity = FileIdentity.of(path)
        _ = consume lock
        return RolloutStore(validated: written, origin: .file(path), diskState: identity, operations: operations)
    }
}
