#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Benchmark
import BenchmarkSupport
import RolloutData

// The data layer's benchmarks: loading (read + decode + validate + index) and saving (encode +
// atomic write) of the built-in dataset and of a synthetic snapshot with 100,000 MPPs.
// package-benchmark runs each benchmark in a process of its own, so each setup below runs once
// per benchmark, before its measured iterations. See README.md for the targets.

/// The number of MPPs in the synthetic snapshot.
let syntheticMallCount = 100_000

/// The environment variable naming a ready synthetic snapshot file (`Benchmarks/run` sets it);
/// without it, setup generates one into a temporary folder.
let syntheticSnapshotVariable = "MPPDASH_SYNTHETIC_SNAPSHOT"

/// What one benchmark works on: a temporary folder to save into, made on first use (every
/// benchmark process registers all benchmarks but runs one), and the synthetic file.
final class Fixture {
    private var made: TemporaryFolder?

    var folder: TemporaryFolder {
        if let made { return made }
        let folder = TemporaryFolder(prefix: "mppdash-bench")
        made = folder
        return folder
    }

    /// The synthetic snapshot file: the one the environment names, or one written here.
    func syntheticFile() throws -> String {
        if let named = getenv(syntheticSnapshotVariable).map({ String(cString: $0) }), !named.isEmpty {
            return named
        }
        let path = folder.file("synthetic-\(syntheticMallCount).json")
        try SnapshotFile.write(try SyntheticSnapshot.generate(malls: syntheticMallCount), to: path, keepBackup: false)
        return path
    }

    /// A store of a copy of `snapshot` in the folder, to save again and again.
    func editableStore(of snapshot: Snapshot, named name: String) throws -> Editor {
        Editor(try RolloutStore.create(snapshot, at: folder.file(name)))
    }

    func remove() { made?.remove() }
}

/// The store a save benchmark saves through, replaced by the store of what each save wrote (as
/// the dashboard does), so that every save finds the file it wrote last and writes without a merge.
final class Editor: @unchecked Sendable {
    var store: RolloutStore

    init(_ store: RolloutStore) {
        self.store = store
    }

    /// One edit (the title, a record of the audit log) and its save.
    func saveAnEdit() throws {
        var edited = store.snapshot
        edited.title = LocalizedText(english: "save \(edited.revision + 1)")
        guard case .saved(let saved) = try store.save(edited, user: AuditUser(name: "benchmark"), at: AuditTime.now()) else {
            throw SnapshotError(file: store.origin.name, message: "the benchmark's save did not write")
        }
        store = saved
    }
}

let benchmarks: @Sendable () -> Void = {
    let metrics: [BenchmarkMetric] = [.wallClock, .mallocCountTotal, .peakMemoryResident, .peakMemoryResidentDelta]
    let builtin = Benchmark.Configuration(
        metrics: metrics, timeUnits: .microseconds, warmupIterations: 3,
        maxDuration: .seconds(3), maxIterations: 300)
    let synthetic = Benchmark.Configuration(
        metrics: metrics, timeUnits: .milliseconds, warmupIterations: 1,
        maxDuration: .seconds(15), maxIterations: 15)

    // The built-in dataset as `RolloutStore.builtin()` opens it: decode + validate the embedded
    // JSON text, then index it.
    Benchmark("Built-in load+validate+index", configuration: builtin) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(RolloutIndex(try BuiltinDataset.snapshot()))
        }
    }

    // `RolloutStore.save` of one edit: lock, check the file, validate, diff for the audit log, write
    // to a temporary file as a stream, fsync, keep the old file as .bak, rename, append the audit
    // line; then index what was written.
    let builtinSave = Fixture()
    Benchmark("Built-in save", configuration: builtin) { benchmark, editor in
        for _ in benchmark.scaledIterations {
            try editor.saveAnEdit()
        }
    } setup: {
        try builtinSave.editableStore(of: try BuiltinDataset.snapshot(), named: "builtin.json")
    } teardown: {
        builtinSave.remove()
    }

    // `RolloutStore.load(path:)` of a 100,000-MPP file: read + decode + validate + index.
    let syntheticLoad = Fixture()
    Benchmark("Synthetic 100k load+validate+index", configuration: synthetic) { benchmark, path in
        for _ in benchmark.scaledIterations {
            blackHole(try RolloutStore.load(path: path))
        }
    } setup: {
        try syntheticLoad.syntheticFile()
    } teardown: {
        syntheticLoad.remove()
    }

    // `RolloutStore.save` of one edit of the 100,000-MPP snapshot.
    let syntheticSave = Fixture()
    Benchmark("Synthetic 100k save", configuration: synthetic) { benchmark, editor in
        for _ in benchmark.scaledIterations {
            try editor.saveAnEdit()
        }
    } setup: {
        try syntheticSave.editableStore(of: try RolloutStore.load(path: try syntheticSave.syntheticFile()).snapshot, named: "synthetic.json")
    } teardown: {
        syntheticSave.remove()
    }
}
