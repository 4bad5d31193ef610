#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BenchmarkSupport
import RolloutData

/// Writes a deterministic synthetic snapshot (`SyntheticSnapshot.generate`) in the canonical
/// format: the same count and seed always give the same file, byte for byte.
///
///     synthetic-snapshot [--malls COUNT] [--seed SEED] OUT.json

let usage = "usage: synthetic-snapshot [--malls COUNT] [--seed SEED] OUT.json   (defaults: 100000 MPPs, seed 2024)"

/// Prints `message` and the usage line to standard error and exits with status 2.
func fail(_ message: String) -> Never {
    printToStandardError("synthetic-snapshot: \(message)\n\(usage)")
    exit(2)
}

var malls = 100_000
var seed: UInt64 = 2024
var output: String?
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--malls":
        guard let value = arguments.popFirst().flatMap({ Int($0) }), value >= 0 else { fail("--malls needs a count") }
        malls = value
    case "--seed":
        guard let value = arguments.popFirst().flatMap({ UInt64($0) }) else { fail("--seed needs a number") }
        seed = value
    case "-h", "--help":
        print(usage)
        exit(0)
    default:
        guard !argument.hasPrefix("-"), output == nil else { fail("unexpected argument \(argument)") }
        output = argument
    }
}
guard let output else { fail("missing the output file") }

do throws(SnapshotError) {
    try SnapshotFile.write(try SyntheticSnapshot.generate(malls: malls, seed: seed), to: output, keepBackup: false)
    print("wrote \(output): \(malls) MPPs, \(fileSize(output) ?? 0) bytes")
} catch {
    printToStandardError("synthetic-snapshot: \(error)")
    exit(1)
}
