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
///     load-snapshot [--save] FILE     RolloutStore.load(path: FILE)
///     load-snapshot --builtin         RolloutStore.builtin()
///     load-snapshot --init FILE       writes the built-in dataset to FILE (replacing it), to save
///
/// With `--save` it then changes the snapshot's title and saves it back to FILE through the store
/// (`RolloutStore.save`: lock, check, validate, diff for the audit log, stream the file, index
/// what was written), so that a save can be timed in a fresh process too. Prints the number of
/// MPPs and the time each step took inside the process, in microseconds, then the resident memory
/// after the load and its peak so far, in KiB; with `--save` also the
/// resident memory just before the save and its peak during the save (Linux: the peak is reset
/// through /proc/self/clear_refs before the save), in KiB.

let usage = "usage: load-snapshot [--save] FILE | --builtin | --init FILE"

/// Prints `message` to standard error and exits with `status`.
func fail(_ message: String, status: Int32 = 2) -> Never {
    printToStandardError(message)
    exit(status)
}

var input: String?
var save = false
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--save":
        save = true
    case "--init":
        guard let file = arguments.popFirst(), arguments.isEmpty else { fail(usage) }
        do throws(SnapshotError) {
            _ = try RolloutStore.create(try BuiltinDataset.snapshot(), at: file, replacing: true)
            exit(0)
        } catch {
            fail("load-snapshot: \(error)", status: 1)
        }
    case "-h", "--help":
        fail(usage, status: 0)
    default:
        guard input == nil, argument == "--builtin" || !argument.hasPrefix("-") else { fail(usage) }
        input = argument
    }
}
guard let input, !(save && input == "--builtin") else { fail(usage) }

/// A value in KiB of /proc/self/status (`VmRSS`, `VmHWM`); 0 where there is none.
func statusKiB(_ key: String) -> Int {
    guard let file = fopen("/proc/self/status", "r") else { return 0 }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, Int32(line.count), file) != nil {
        let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if text.hasPrefix(key + ":") { return Int(text.dropFirst(key.count + 1).filter(\.isNumber)) ?? 0 }
    }
    return 0
}

/// Resets the peak resident memory (VmHWM) to the current resident memory.
func resetPeakMemory() {
    guard let file = fopen("/proc/self/clear_refs", "w") else { return }
    fputs("5", file)
    fclose(file)
}

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
        + " rss_kib=\(statusKiB("VmRSS")) peak_kib=\(statusKiB("VmHWM"))"
    if save {
        var edited = store.snapshot
        edited.title = LocalizedText(english: "saved by load-snapshot")
        resetPeakMemory()
        let before = statusKiB("VmRSS")
        let saveStart = clock.now
        _ = try store.save(edited, user: AuditUser(name: "load-snapshot"), at: AuditTime.now())
        let saved = clock.now
        report += " save_us=\(microseconds(saveStart.duration(to: saved))) save_rss_before_kib=\(before) save_peak_kib=\(statusKiB("VmHWM"))"
    }
    print(report)
} catch {
    fail("load-snapshot: \(error)", status: 1)
}
