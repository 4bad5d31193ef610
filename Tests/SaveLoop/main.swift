#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RolloutData

/// Opens a snapshot file and saves it through the store again and again, each save changing the
/// snapshot's English title to `save N` (N the revision it writes, so that each save has one
/// line in the audit log), and prints `saved N` once the save has returned: the process that
/// the kill-during-save test (Tests/RolloutDataTests/KillDuringSaveTests.swift) and
/// Benchmarks/kill_during_save.py kill with SIGKILL at random moments.
///
///     SaveLoop FILE [COUNT]      COUNT saves (default: until killed)

/// Writes `text` and a newline to `descriptor` at once (no stdio buffer, so a kill never cuts a
/// line that was reported).
func say(_ text: String, to descriptor: Int32 = 1) {
    let line = Array((text + "\n").utf8)
    _ = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
}

let arguments = CommandLine.arguments
guard arguments.count == 2 || arguments.count == 3, let count = arguments.count == 3 ? Int(arguments[2]) : Int.max else {
    say("usage: SaveLoop FILE [COUNT]", to: 2)
    exit(2)
}
do throws(SnapshotError) {
    var store = try RolloutStore.load(path: arguments[1])
    for _ in 0..<count {
        var edited = store.snapshot
        edited.title = LocalizedText(indonesian: edited.title.indonesian, english: "save \(edited.revision + 1)") ?? edited.title
        switch try store.save(edited, user: AuditUser(name: "save-loop"), at: AuditTime.now()) {
        case .saved(let saved), .merged(let saved, _, _): store = saved
        case .conflicts(let conflict): throw SnapshotError(file: arguments[1], message: "conflicts with another save: \(conflict.conflicts.map(\.subject))")
        }
        say("saved \(store.snapshot.revision)")
    }
} catch {
    say("\(error)", to: 2)
    exit(1)
}
