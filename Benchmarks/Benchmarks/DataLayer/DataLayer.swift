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
        let snapshot = try SyntheticSnapshot.generate(malls: syntheticMallCount)
        try SnapshotFile.writeAtomically(SnapshotEncoder.encode(snapshot), to: path, keepBackup: false)
        return path
    }

    func remove() { made?.remove() }
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

    // `RolloutStore.save(to:)`: encode, write to a temporary file, fsync, keep the old file as
    // .bak, rename; then index what was written.
    let builtinSave = Fixture()
    Benchmark("Built-in save", configuration: builtin) { benchmark, store in
        let path = builtinSave.folder.file("builtin.json")
        for _ in benchmark.scaledIterations {
            blackHole(try store.save(to: path))
        }
    } setup: {
        try RolloutStore.builtin()
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

    // `RolloutStore.save(to:)` of the 100,000-MPP snapshot.
    let syntheticSave = Fixture()
    Benchmark("Synthetic 100k save", configuration: synthetic) { benchmark, store in
        let path = syntheticSave.folder.file("synthetic.json")
        for _ in benchmark.scaledIterations {
            blackHole(try store.save(to: path))
        }
    } setup: {
        try RolloutStore.load(path: try syntheticSave.syntheticFile())
    } teardown: {
        syntheticSave.remove()
    }
}
