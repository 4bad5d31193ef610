#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BenchmarkSupport
import RolloutData

/// Loads a snapshot file and saves it back through the store (`RolloutStore.save(to:)`, which
/// raises the revision by one) again and again, printing `saved REVISION` after each save has
/// returned: the process `kill_during_save.py` kills with SIGKILL at random moments.
///
///     save-loop FILE [COUNT]      COUNT saves (default: until killed)

let arguments = CommandLine.arguments
guard arguments.count == 2 || arguments.count == 3, let count = arguments.count == 3 ? Int(arguments[2]) : Int.max else {
    printToStandardError("usage: save-loop FILE [COUNT]")
    exit(2)
}
do throws(SnapshotError) {
    var store = try RolloutStore.load(path: arguments[1])
    for _ in 0..<count {
        store = try store.save(to: arguments[1])
        print("saved \(store.snapshot.revision)")
        fflush(nil)
    }
} catch {
    printToStandardError(error.description)
    exit(1)
}
