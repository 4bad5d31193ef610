import Foundation
import Testing
@testable import RolloutData

@Suite("The store")
struct StoreTests {
    @Test func savesAndLoadsTheSameSnapshot() throws {
        let folder = try TemporaryFolder()
        let store = try RolloutStore(snapshot: SmallSnapshot.make(), origin: .builtin)
        let saved = try store.save(to: folder.path("rollout.json"))
        let loaded = try RolloutStore.load(path: folder.path("rollout.json"))
        #expect(loaded.snapshot == saved.snapshot)
        #expect(loaded.snapshot == store.snapshot.canonicalized().withRevision(1))
        #expect(loaded.origin == .file(folder.path("rollout.json")))
        #expect(try folder.names() == ["rollout.json"])
    }

    @Test func eachSaveRaisesTheRevisionAndKeepsTheOldFileAsBackup() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("rollout.json")
        let first = try RolloutStore(snapshot: SmallSnapshot.make(), origin: .builtin).save(to: path)
        let firstBytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let second = try first.save(to: path)
        #expect(first.snapshot.revision == 1)
        #expect(second.snapshot.revision == 2)
        #expect(try folder.names() == ["rollout.json", "rollout.json.bak"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path + ".bak")) == firstBytes)
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
        let store = try RolloutStore(snapshot: SmallSnapshot.make(), origin: .builtin)
        try store.save(to: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        try store.save(to: path)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func aSaveThatCannotHappenLeavesNothingBehind() throws {
        let folder = try TemporaryFolder()
        let store = try RolloutStore(snapshot: SmallSnapshot.make(), origin: .builtin)
        #expect {
            try store.save(to: folder.path("missing-folder/rollout.json"))
        } throws: { error in
            let message = (error as? SnapshotError)?.description ?? ""
            return message.hasPrefix("cannot create a temporary file in \(folder.path("missing-folder")) for \(folder.path("missing-folder/rollout.json")): ")
                && message.hasSuffix("No such file or directory")
        }
        try FileManager.default.createDirectory(atPath: folder.path("taken"), withIntermediateDirectories: false)
        #expect(throws: SnapshotError(file: folder.path("taken"), message: "is a directory; expected a snapshot file")) {
            try store.save(to: folder.path("taken"))
        }
        #expect(try folder.names() == ["taken"])
    }

    @Test func refusesToSaveARevisionThatCannotBeRaised() throws {
        let folder = try TemporaryFolder()
        var snapshot = SmallSnapshot.make()
        snapshot.revision = Int.max
        let store = try RolloutStore(snapshot: snapshot, origin: .builtin)
        #expect(throws: SnapshotError(file: folder.path("r.json"), message: "the revision \(Int.max) cannot be raised any further")) {
            try store.save(to: folder.path("r.json"))
        }
        #expect(try folder.names().isEmpty)
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

extension Snapshot {
    func withRevision(_ revision: Int) -> Snapshot {
        var copy = self
        copy.revision = revision
        return copy
    }
}
