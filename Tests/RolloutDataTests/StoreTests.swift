import Foundation
import JSONSupport
import Testing
@testable import RolloutData

@Suite("The store")
struct StoreTests {
    @Test func savesAndLoadsTheSameSnapshot() throws {
        let folder = try TemporaryFolder()
        let created = try RolloutStore.create(SmallSnapshot.make(), at: folder.path("rollout.json"))
        let loaded = try RolloutStore.load(path: folder.path("rollout.json"))
        #expect(loaded.snapshot == created.snapshot)
        #expect(loaded.snapshot == SmallSnapshot.make().canonicalized())
        #expect(loaded.origin == .file(folder.path("rollout.json")))
        #expect(loaded.diskState == created.diskState && loaded.diskState != nil)
        #expect(try folder.names() == [".rollout.json.lock", "rollout.json"])
    }

    @Test func whatIsMadeOfALoadedStoreComesOnlyFromAValidFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("rollout.json")
        let snapshot = SmallSnapshot.make().canonicalized()
        _ = try RolloutStore.create(snapshot, at: path)
        let made = try RolloutStore.load(path: path) { store in (store.snapshot, store.index.mallByID.count, store.diskState) }
        #expect(made.0 == snapshot)
        #expect(made.1 == snapshot.malls.count)
        #expect(made.2 == FileIdentity.of(path))
        // A problem only validation finds: the store is made beside it, then dropped.
        var twice = snapshot
        twice.malls[1].id = twice.malls[0].id
        try SnapshotFile.writeAtomically(SnapshotEncoder.encode(twice), to: path, keepBackup: false)
        let expected = try #require(throws: SnapshotError.self) { try RolloutStore.load(path: path) }
        #expect(expected.lines.contains { $0.contains("duplicate mall id") })
        #expect(throws: expected) { try RolloutStore.load(path: path) { $0.index.mallByID.count } }
    }

    @Test func eachSaveRaisesTheRevisionAndKeepsTheOldFileAsBackup() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("rollout.json")
        let created = try RolloutStore.create(SmallSnapshot.make(), at: path)
        let firstBytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let first = try created.save(created.snapshot, user: AuditUser(name: "t"), at: AuditTime(secondsSince1970: 0)).store
        #expect(try Data(contentsOf: URL(fileURLWithPath: path + ".bak")) == firstBytes)
        let second = try first.save(first.snapshot, user: AuditUser(name: "t"), at: AuditTime(secondsSince1970: 0)).store
        #expect(first.snapshot.revision == 1)
        #expect(second.snapshot.revision == 2)
        #expect(try folder.names() == [".rollout.json.lock", "rollout.json", "rollout.json.bak"], "no changes, no history")
        #expect(try SnapshotDecoder.decode(SnapshotFile.contents(of: path + ".bak"), file: "bak").revision == 1)
        #expect(try RolloutStore.load(path: path).snapshot.revision == 2)
    }

    @Test func writingIsDeterministic() throws {
        let snapshot = SmallSnapshot.make()
        var shuffled = snapshot
        shuffled.malls.reverse()
        shuffled.regions.reverse()
        shuffled.sources.reverse()
        #expect(SnapshotEncoder.encode(snapshot) == SnapshotEncoder.encode(shuffled))
    }

    @Test func keepsTheFileModeOnSave() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("rollout.json")
        _ = try RolloutStore.create(SmallSnapshot.make(), at: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        let store = try RolloutStore.load(path: path)
        _ = try store.save(store.snapshot, user: AuditUser(name: "t"), at: AuditTime(secondsSince1970: 0))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func aSaveThatCannotHappenLeavesNothingBehind() throws {
        let folder = try TemporaryFolder()
        let missing = folder.path("missing-folder/rollout.json")
        #expect {
            try RolloutStore.create(SmallSnapshot.make(), at: missing)
        } throws: { error in
            (error as? SnapshotError)?.description == "cannot create the lock file \(folder.path("missing-folder/.rollout.json.lock")) for \(missing): No such file or directory"
        }
        try FileManager.default.createDirectory(atPath: folder.path("taken"), withIntermediateDirectories: false)
        #expect(throws: SnapshotError(file: folder.path("taken"), message: "is a directory; expected a snapshot file")) {
            try RolloutStore.create(SmallSnapshot.make(), at: folder.path("taken"))
        }
        #expect(try folder.names() == ["taken"])
    }

    @Test func createRefusesToReplaceAFileUnlessAsked() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("r.json")
        _ = try RolloutStore.create(SmallSnapshot.make(), at: path)
        #expect(throws: SnapshotError(file: path, message: "already exists; use --force to replace it (the old file is kept as \(path).bak)")) {
            try RolloutStore.create(SmallSnapshot.make(), at: path)
        }
        _ = try RolloutStore.create(SmallSnapshot.make(), at: path, replacing: true)
        #expect(try folder.names().contains("r.json.bak"))
    }

    @Test func refusesToSaveARevisionThatCannotBeRaised() throws {
        let folder = try TemporaryFolder()
        var snapshot = SmallSnapshot.make()
        snapshot.revision = Int.max
        let path = folder.path("r.json")
        let store = try RolloutStore.create(snapshot, at: path)
        let before = try SnapshotFile.contents(of: path)
        #expect(throws: SnapshotError(file: path, message: "the revision \(Int.max) cannot be raised any further")) {
            try store.save(store.snapshot, user: AuditUser(name: "t"), at: AuditTime(secondsSince1970: 0))
        }
        #expect(try SnapshotFile.contents(of: path) == before)
    }

    @Test func theBuiltInDatasetIsNeverSaved() throws {
        let store = try RolloutStore.builtin()
        #expect(throws: SnapshotError(file: "<built-in>", message: "the built-in dataset cannot be changed; write an editable copy with `mppdash init FILE` and open that")) {
            try store.save(store.snapshot, user: AuditUser(name: "t"), at: AuditTime(secondsSince1970: 0))
        }
    }

    /// A store made in memory for a path has not read the file there, so it never replaces it.
    @Test func aStoreThatDidNotReadAFileNeverReplacesIt() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("r.json")
        let unread = RolloutStore(validated: SmallSnapshot.make().canonicalized(), origin: .file(path))
        #expect(try unread.save(unread.snapshot, user: AuditUser(name: "t"), at: AuditTime(secondsSince1970: 0)).store.snapshot.revision == 1,
                "a new file")
        let again = RolloutStore(validated: SmallSnapshot.make().canonicalized(), origin: .file(path))
        #expect(throws: SnapshotError(file: path, message: "already exists and was not read by this store; open it to edit it, so that nothing in it is overwritten")) {
            try again.save(again.snapshot, user: AuditUser(name: "t"), at: AuditTime(secondsSince1970: 0))
        }
    }

    @Test func refusesAnInvalidSnapshotInMemory() {
        var snapshot = SmallSnapshot.make()
        snapshot.malls[1].place = .region("99.99")
        #expect(throws: SnapshotError.self) { try RolloutStore(snapshot: snapshot, origin: .builtin) }
    }

    @Test func opensTheBuiltInDatasetWithoutAPath() throws {
        let store = try RolloutStore.open(nil)
        #expect(store.origin == .builtin)
        #expect(store.snapshot.malls.count == 244)
    }

    @Test func syntheticSnapshotsAreValidAndDeterministic() throws {
        let first = try SyntheticSnapshot.generate(malls: 2_000, seed: 7)
        let second = try SyntheticSnapshot.generate(malls: 2_000, seed: 7)
        #expect(first == second)
        #expect(first.malls.count == 2_000)
        #expect(SnapshotValidator.problems(in: first).isEmpty)
        let bytes = SnapshotEncoder.encode(first)
        #expect(try SnapshotDecoder.decode(bytes, file: "synthetic") == first.canonicalized())
    }
}

extension SaveOutcome {
    /// The store of a save that wrote; a test fails on conflicts.
    var store: RolloutStore {
        get throws {
            switch self {
            case .saved(let store), .merged(let store, _, _): return store
            case .conflicts(let conflict): throw SnapshotError(file: "test", message: "unexpected conflicts: \(conflict.conflicts.map(\.subject))")
            }
        }
    }
}
