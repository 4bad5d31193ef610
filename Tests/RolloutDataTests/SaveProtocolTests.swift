import Foundation
import JSONSupport
import Synchronization
import Testing
@testable import RolloutData

/// Two editors on one file, saves that fail half-way, and the audit log of what was saved.
@Suite("Saving: concurrent editors, failures and the audit log")
struct SaveProtocolTests {
    let folder: TemporaryFolder
    let path: String
    let noon = AuditTime(secondsSince1970: 1_796_040_000)

    init() throws {
        folder = try TemporaryFolder()
        path = folder.path("rollout.json")
        _ = try RolloutStore.create(SmallSnapshot.make(), at: path)
    }

    func withNote(_ note: String, onMall id: String, in snapshot: Snapshot) -> Snapshot {
        var copy = snapshot
        let position = copy.malls.firstIndex { $0.id == id }!
        copy.malls[position].note = LocalizedText(indonesian: note)
        return copy
    }

    func bytes(_ path: String) throws -> [UInt8] { try SnapshotFile.contents(of: path) }

    func history() throws -> [AuditEntry] { try AuditLog.read(AuditLog.path(ofSnapshot: path)) }

    /// File operations that fail as `fails` says, with `errno` set to `error`.
    func failing(_ error: Int32, when fails: @escaping @Sendable (String) -> Bool = { _ in true },
                 writes: Bool = false) -> FileOperations {
        var operations = FileOperations.system
        let system = FileOperations.system
        operations.openFile = { path, flags, mode in
            guard !writes, fails(path) else { return system.openFile(path, flags, mode) }
            errno = error
            return -1
        }
        if writes {
            operations.writeBytes = { _, _ in
                errno = error
                return -1
            }
        }
        return operations
    }

    // MARK: Two editors

    @Test func disjointEditsOfTwoEditorsAreMerged() throws {
        let first = try RolloutStore.load(path: path)
        let second = try RolloutStore.load(path: path)
        let saved = try first.save(withNote("Dari A", onMall: "mpp-33.02", in: first.snapshot), user: AuditUser(name: "ana"), at: noon)
        guard case .saved(let afterFirst) = saved else {
            Issue.record("the first save writes")
            return
        }
        #expect(afterFirst.snapshot.revision == 1)
        #expect(second.changedOnDisk() && !afterFirst.changedOnDisk())
        let outcome = try second.save(withNote("Dari B", onMall: "mpp-33.71", in: second.snapshot), user: AuditUser(name: "budi@10.1.2.3"), at: noon)
        guard case .merged(let merged, let theirs, _) = outcome else {
            Issue.record("expected a merge, got \(outcome)")
            return
        }
        #expect(theirs == ["mall:mpp-33.02"])
        #expect(merged.snapshot.revision == 2)
        let onDisk = try RolloutStore.load(path: path).snapshot
        #expect(onDisk == merged.snapshot)
        #expect(onDisk.malls.first { $0.id == "mpp-33.02" }?.note == LocalizedText(indonesian: "Dari A"))
        #expect(onDisk.malls.first { $0.id == "mpp-33.71" }?.note == LocalizedText(indonesian: "Dari B"))
        let entries = try history()
        #expect(entries.map(\.revision) == [1, 2])
        #expect(entries.map(\.user) == ["ana", "budi@10.1.2.3"])
        #expect(entries.map(\.change.subject) == ["mall:mpp-33.02", "mall:mpp-33.71"], "each save logs its own changes only")
        #expect(entries[1].change.before == first.snapshot.malls.first { $0.id == "mpp-33.71" }!.jsonValue)
        #expect(entries[1].change.after == onDisk.malls.first { $0.id == "mpp-33.71" }!.jsonValue)
    }

    @Test func overlappingEditsSurfaceTheConflictAndWriteNothing() throws {
        let first = try RolloutStore.load(path: path)
        let second = try RolloutStore.load(path: path)
        _ = try first.save(withNote("Dari A", onMall: "mpp-33.02", in: first.snapshot), user: AuditUser(name: "ana"), at: noon).store
        let afterFirst = try bytes(path)
        let mine = withNote("Dari B", onMall: "mpp-33.02", in: second.snapshot)
        guard case .conflicts(let conflict) = try second.save(mine, user: AuditUser(name: "budi"), at: noon) else {
            Issue.record("expected conflicts")
            return
        }
        #expect(try bytes(path) == afterFirst, "nothing written")
        #expect(conflict.conflicts.map(\.subject) == ["mall:mpp-33.02"])
        let versions = try #require(conflict.conflicts.first)
        #expect(versions.base == second.snapshot.malls.first { $0.id == "mpp-33.02" }!.jsonValue)
        #expect(versions.mine == mine.malls.first { $0.id == "mpp-33.02" }!.jsonValue)
        #expect(versions.theirs == conflict.theirs.malls.first { $0.id == "mpp-33.02" }!.jsonValue)
        #expect(conflict.current.snapshot.revision == 1)
        guard case .merged(let resolved) = conflict.resolve(["mall:mpp-33.02": .mine]) else {
            Issue.record("a choice settles it")
            return
        }
        let saved = try conflict.current.save(resolved, user: AuditUser(name: "budi"), at: noon).store
        #expect(saved.snapshot.revision == 2)
        #expect(try RolloutStore.load(path: path).snapshot.malls.first { $0.id == "mpp-33.02" }?.note == LocalizedText(indonesian: "Dari B"))
        #expect(try history().map(\.user) == ["ana", "budi"])
        #expect(try history().last?.change.before == versions.theirs, "the log says what was replaced")
    }

    /// A file changed on disk without a new revision (edited by hand) is still merged, never overwritten.
    @Test func aFileChangedWithoutANewRevisionIsMergedNotOverwritten() throws {
        let store = try RolloutStore.load(path: path)
        var handEdited = store.snapshot
        handEdited.title = LocalizedText(indonesian: "Diubah dengan tangan")
        try SnapshotFile.write(handEdited, to: path, keepBackup: false)
        #expect(store.changedOnDisk())
        let outcome = try store.save(withNote("Catatan", onMall: "mpp-33.02", in: store.snapshot), user: AuditUser(name: "t"), at: noon)
        guard case .merged(let merged, let theirs, _) = outcome else {
            Issue.record("expected a merge")
            return
        }
        #expect(theirs == ["snapshot:title"])
        #expect(merged.snapshot.title == handEdited.title && merged.snapshot.revision == 1)
    }

    @Test func reloadReadsTheFileAsItIsNow() throws {
        let reader = try RolloutStore.load(path: path)
        let writer = try RolloutStore.load(path: path)
        _ = try writer.save(withNote("Baru", onMall: "mpp-33.02", in: writer.snapshot), user: AuditUser(name: "t"), at: noon).store
        #expect(reader.changedOnDisk())
        let reloaded = try reader.reload()
        #expect(reloaded.snapshot.revision == 1 && !reloaded.changedOnDisk())
    }

    @Test func aFileRemovedSinceItWasOpenedIsNotRecreatedSilently() throws {
        let store = try RolloutStore.load(path: path)
        try FileManager.default.removeItem(atPath: path)
        #expect(throws: SnapshotError(file: path, message: "was removed or renamed since it was opened; your edits are kept: restore the file (or save them elsewhere) and save again")) {
            try store.save(store.snapshot, user: AuditUser(name: "t"), at: noon)
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    // MARK: Failures leave the file as it was

    @Test func aFullDiskLeavesTheFileAsItWas() throws {
        let before = try bytes(path)
        let store = try RolloutStore.load(path: path, operations: failing(ENOSPC, writes: true))
        let pending = folder.path(".rollout.json.history.pending")
        #expect(throws: SnapshotError(file: path, failure: "cannot write the audit lines of \(path) to \(pending)", reason: "No space left on device")) {
            try store.save(withNote("Tidak tersimpan", onMall: "mpp-33.02", in: store.snapshot), user: AuditUser(name: "t"), at: noon)
        }
        #expect(try bytes(path) == before)
        #expect(try folder.names() == [".rollout.json.lock", "rollout.json"], "no temporary, pending or backup file left")
        // The same with nothing to log: the snapshot's own write fails.
        #expect(throws: SnapshotError(file: path, failure: "cannot write \(path)", reason: "No space left on device")) {
            try store.save(store.snapshot, user: AuditUser(name: "t"), at: noon)
        }
        #expect(try bytes(path) == before)
        #expect(try folder.names() == [".rollout.json.lock", "rollout.json"])
    }

    @Test func anUnwritableFolderLeavesTheFileAsItWas() throws {
        let before = try bytes(path)
        let store = try RolloutStore.load(path: path, operations: failing(EACCES) { $0.contains(".tmp-") })
        #expect(throws: SnapshotError(file: path, failure: "cannot create a temporary file in \(folder.url.path) for \(path)", reason: "Permission denied")) {
            try store.save(withNote("Tidak tersimpan", onMall: "mpp-33.02", in: store.snapshot), user: AuditUser(name: "t"), at: noon)
        }
        #expect(try bytes(path) == before)
        #expect(try folder.names() == [".rollout.json.lock", "rollout.json"])
        #expect(try history().isEmpty, "no history of a save that did not happen")
    }

    @Test func aFolderThatVanishedIsReportedAndNothingIsMade() throws {
        let inner = folder.path("data")
        try FileManager.default.createDirectory(atPath: inner, withIntermediateDirectories: false)
        let file = inner + "/rollout.json"
        let store = try RolloutStore.create(SmallSnapshot.make(), at: file)
        try FileManager.default.removeItem(atPath: inner)
        #expect(throws: SnapshotError(file: file, failure: "cannot create the lock file \(inner)/.rollout.json.lock for \(file)", reason: "No such file or directory")) {
            try store.save(store.snapshot, user: AuditUser(name: "t"), at: noon)
        }
        #expect(!FileManager.default.fileExists(atPath: inner))
    }

    @Test func aFileReplacedByAFolderIsNeverWritten() throws {
        let store = try RolloutStore.load(path: path)
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        #expect(throws: SnapshotError(file: path, message: "is a directory; expected a snapshot file")) {
            try store.save(store.snapshot, user: AuditUser(name: "t"), at: noon)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: path).isEmpty)
    }

    // MARK: The audit log

    @Test func theLogHasOneLinePerChangeOfEachSave() throws {
        let store = try RolloutStore.load(path: path)
        var edited = withNote("Satu", onMall: "mpp-33.02", in: store.snapshot)
        edited.malls.removeAll { $0.id == "mpp-94.01" }
        edited.title = LocalizedText(english: "Renamed")
        _ = try store.save(edited, user: AuditUser(name: "ana"), at: noon).store
        let entries = try history()
        #expect(entries.map(\.change) == SnapshotDiff.changes(from: store.snapshot, to: edited))
        #expect(entries.allSatisfy { $0.revision == 1 && $0.user == "ana" && $0.time == noon })
        let text = try String(contentsOfFile: AuditLog.path(ofSnapshot: path), encoding: .utf8)
        #expect(text.split(separator: "\n").first == #"{"after": {"en": "Renamed"}, "before": {"en": "Small test snapshot"}, "change": "changed", "revision": 1, "subject": "snapshot:title", "time": "2026-11-30T12:00:00Z", "user": "ana"}"#)
    }

    /// The log's append fails after the snapshot was replaced: its lines wait in the pending
    /// file, and the next save appends them before its own.
    @Test func linesThatCouldNotBeAppendedAreAppendedByTheNextSave() throws {
        let logPath = AuditLog.path(ofSnapshot: path)
        let store = try RolloutStore.load(path: path, operations: failing(ENOSPC) { $0 == logPath })
        let first = try store.save(withNote("Satu", onMall: "mpp-33.02", in: store.snapshot), user: AuditUser(name: "ana"), at: noon).store
        #expect(first.snapshot.revision == 1, "the snapshot is saved")
        #expect(try history().isEmpty)
        #expect(try folder.names().contains(".rollout.json.history.pending"))
        let next = try RolloutStore.load(path: path)
        _ = try next.save(withNote("Dua", onMall: "mpp-33.71", in: next.snapshot), user: AuditUser(name: "budi"), at: noon).store
        #expect(try history().map(\.revision) == [1, 2])
        #expect(try !folder.names().contains(".rollout.json.history.pending"))
    }

    /// The log and the pending file are created for the umask to decide their mode (0666
    /// before it), not with a mode that keeps other editors of the same group from appending.
    @Test func theLogIsCreatedWithTheModeTheUmaskDecides() throws {
        let modes = Mutex<[String: UInt32]>([:])
        var operations = FileOperations.system
        operations.openFile = { path, flags, mode in
            if flags & O_CREAT != 0 { modes.withLock { $0[path] = mode } }
            return FileOperations.system.openFile(path, flags, mode)
        }
        let store = try RolloutStore.load(path: path, operations: operations)
        _ = try store.save(withNote("Satu", onMall: "mpp-33.02", in: store.snapshot), user: AuditUser(name: "ana"), at: noon).store
        let created = modes.withLock { $0 }
        #expect(created[AuditLog.path(ofSnapshot: path)] == 0o666, "\(created)")
        #expect(created[folder.path(".rollout.json.history.pending")] == 0o666, "\(created)")
    }

    /// A save killed between its pending lines and the replace: the lines are of a revision that
    /// was never written, and the next save drops them; a line cut short is cut off.
    @Test func pendingLinesOfARevisionNeverWrittenAreDropped() throws {
        let store = try RolloutStore.load(path: path)
        let ghost = AuditLog.lines([SnapshotChange(subject: "mall:ghost", kind: .added, before: nil, after: .null)],
                                   user: AuditUser(name: "ghost"), revision: 1, time: noon)
        try Data(ghost).write(to: URL(fileURLWithPath: folder.path(".rollout.json.history.pending")))
        try Data(#"{"after": null, "before""#.utf8).write(to: URL(fileURLWithPath: AuditLog.path(ofSnapshot: path)))
        _ = try store.save(withNote("Satu", onMall: "mpp-33.02", in: store.snapshot), user: AuditUser(name: "ana"), at: noon).store
        let entries = try history()
        #expect(entries.map(\.change.subject) == ["mall:mpp-33.02"])
        #expect(entries.map(\.user) == ["ana"])
    }

    @Test func theUserComesFromTheOptionOrTheLoginAndTheSSHClient() {
        let ssh = ["USER": "budi", "SSH_CONNECTION": "10.1.2.3 50022 10.0.0.5 22"]
        #expect(AuditUser.from(option: nil, environment: ssh, passwdName: "root").name == "budi@10.1.2.3")
        #expect(AuditUser.from(option: "Siti (Bappeda)", environment: ssh, passwdName: "root").name == "Siti (Bappeda)")
        #expect(AuditUser.from(option: nil, environment: ["USER": "ana"], passwdName: "root").name == "ana")
        #expect(AuditUser.from(option: "", environment: [:], passwdName: "operator").name == "operator")
        #expect(AuditUser.from(option: nil, environment: ["SSH_CONNECTION": "fe80::1 22 fe80::2 22"], passwdName: nil).name == "unknown@fe80::1")
    }

    @Test(arguments: [
        ("{\"time\": \"2026-11-30T00:00:00Z\"}\n", "missing key \"user\" (line 1, column 1)"),
        ("\n{\"after\": null, \"before\": null, \"change\": \"moved\", \"revision\": 1, \"subject\": \"mall:a\", \"time\": \"2026-11-30T00:00:00Z\", \"user\": \"a\"}",
         "change: expected one of \"added\", \"changed\", \"removed\", found \"moved\" (line 2, column 43)"),
        ("{\"after\": null, \"before\": null, \"change\": \"added\", \"revision\": 1, \"subject\": \"mall:a\", \"time\": \"30/11/2026\", \"user\": \"a\"}",
         "time: expected a UTC time YYYY-MM-DDTHH:MM:SSZ, found \"30/11/2026\" (line 1, column 96)"),
        ("[1, 2", "invalid JSON: expected ']', found the end of the file (is it truncated?) (line 1, column 6)"),
    ])
    func aBadLogIsReportedWithItsLine(text: String, message: String) throws {
        let logPath = folder.path("bad.history.jsonl")
        try text.write(toFile: logPath, atomically: false, encoding: .utf8)
        #expect {
            try AuditLog.read(logPath)
        } throws: { error in
            let description = (error as? SnapshotError)?.description ?? ""
            return description.split(separator: "\n").contains { $0 == "\(logPath): \(message)" }
        }
    }
}
