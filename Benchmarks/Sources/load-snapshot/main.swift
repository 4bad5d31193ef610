#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BenchmarkSupport
import RolloutData

/// Loads, validates and indexes one snapshot, as the dashboard does at start, and exits: the
/// program `compare_with_python.py` times against Python's `json.load`.
///
///     load-snapshot [--save OUT] FILE        RolloutStore.load(path: FILE)
///     load-snapshot [--save OUT] --builtin   RolloutStore.builtin()
///
/// With `--save OUT` it then saves the store to OUT (`RolloutStore.save(to:)`), so that the peak
/// memory of a save can be measured in a fresh process too. Prints the number of MPPs and the
/// time each step took inside the process, in microseconds.

let usage = "usage: load-snapshot [--save OUT] FILE | --builtin"

/// Prints `message` to standard error and exits with `status`.
func fail(_ message: String, status: Int32 = 2) -> Never {
    printToStandardError(message)
    exit(status)
}

var input: String?
var saveTo: String?
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--save":
        guard let value = arguments.popFirst() else { fail(usage) }
        saveTo = value
    case "-h", "--help":
        fail(usage, status: 0)
    default:
        guard input == nil, argument == "--builtin" || !argument.hasPrefix("-") else { fail(usage) }
        input = argument
    }
}
guard let input else { fail(usage) }

/// Microseconds in `duration`.
func microseconds(_ duration: Duration) -> Int64 {
    duration.components.seconds * 1_000_000 + duration.components.attoseconds / 1_000_000_000_000
}

let clock = ContinuousClock()
do throws(SnapshotError) {
    let start = clock.now
    let store = input == "--builtin" ? try RolloutStore.builtin() : try RolloutStore.load(path: input)
    let loaded = clock.now
    var report = "malls=\(store.index.mallByID.count) load_us=\(microseconds(start.duration(to: loaded)))"
    if let saveTo {
        try store.save(to: saveTo)
        report += " save_us=\(microseconds(loaded.duration(to: clock.now)))"
    }
    print(report)
} catch {
    fail("load-snapshot: \(error)", status: 1)
}
