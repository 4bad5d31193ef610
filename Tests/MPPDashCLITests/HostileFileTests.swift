import Foundation
import Testing

/// Files that are no snapshots, themes or configs, and output that cannot be written: every
/// command answers at once, with a message naming the file and the reason, and exit 1.
@Suite("Hostile files and failing output")
struct HostileFileTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mppdash-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// `/dev/zero` never ends and a FIFO nobody writes to never starts: every command that reads
    /// a file refuses both at once (the test would hang otherwise), naming the file.
    @Test func devicesAndFIFOsAreRefusedByEveryCommand() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("rollout.json").path
        #expect(mkfifo(fifo, 0o600) == 0)
        for (file, type) in [("/dev/zero", "a character device"), (fifo, "a FIFO (named pipe)")] {
            let expected = "\(file): $: is \(type), not a regular file; expected a snapshot file\n"
            let validate = try CommandRunner.run(["validate", file])
            #expect(validate.status == 1)
            #expect(validate.output == expected)
            for command in [["summary"], ["render"], ["export", "--format", "json"]] {
                let result = try CommandRunner.run(command + ["--snapshot", file])
                #expect(result.status == 1, "\(command)")
                #expect(result.error == expected, "\(command)")
            }
            let theme = try CommandRunner.run(["themes", "check", file])
            #expect(theme.status == 1)
            #expect(theme.output == "\(file): $: is \(type), not a regular file; expected a theme file\n")
        }
    }

    @Test func aFileOverTheSizeLimitIsRefusedWithTheWayToRaiseIt() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("rollout.json").path
        #expect(try CommandRunner.run(["init", file]).status == 0)
        // White space after the snapshot: 1.5 MB, still valid.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(repeating: UInt8(ascii: " "), count: 1_500_000))
        try handle.close()
        let limited = try CommandRunner.run(["validate", file], environment: ["MPPDASH_MAX_FILE_MB": "1"])
        #expect(limited.status == 1)
        #expect(limited.output.hasPrefix("\(file): $: is "))
        #expect(limited.output.hasSuffix(" MB, over the limit of 1.0 MB; set MPPDASH_MAX_FILE_MB to a larger number of megabytes to read it\n"))
        #expect(try CommandRunner.run(["validate", file], environment: ["MPPDASH_MAX_FILE_MB": "2"]).status == 0)
        let wrong = try CommandRunner.run(["validate", file], environment: ["MPPDASH_MAX_FILE_MB": "lots"])
        #expect(wrong.output == "MPPDASH_MAX_FILE_MB: $: expected a whole number of megabytes > 0, found \"lots\"\n")
    }
}
