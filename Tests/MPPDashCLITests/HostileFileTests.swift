import Foundation
import Testing

/// Files that are no snapshots, themes or configs, and output that cannot be written: every
/// command answers at once, with a message naming the file and the reason, and exit 1.
@Suite("Hostile files and failing output")
struct HostileFileTests {
    func temporaryFolder() throws -> URL {
        try CommandRunner.temporaryFolder("mppdash-hostile")
    }

    /// `/dev/zero` never ends and a FIFO nobody writes to never starts: every command that reads
    /// a file refuses both at once (the test would hang otherwise), naming the file.
    @Test func devicesAndFIFOsAreRefusedByEveryCommand() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("rollout.json").path
        #expect(mkfifo(fifo, 0o600) == 0)
        for (file, type) in [("/dev/zero", "a character device"), (fifo, "a FIFO (named pipe)")] {
            let expected = "\(file): is \(type), not a regular file; expected a snapshot file\n"
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
            #expect(theme.output == "\(file): is \(type), not a regular file; expected a theme file\n")
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
        #expect(limited.output.hasPrefix("\(file): is "))
        #expect(limited.output.hasSuffix(" MB, over the limit of 1.0 MB; set MPPDASH_MAX_FILE_MB to a larger number of megabytes to read it\n"))
        #expect(try CommandRunner.run(["validate", file], environment: ["MPPDASH_MAX_FILE_MB": "2"]).status == 0)
        let wrong = try CommandRunner.run(["validate", file], environment: ["MPPDASH_MAX_FILE_MB": "lots"])
        #expect(wrong.output == "MPPDASH_MAX_FILE_MB: expected a whole number of megabytes > 0, found \"lots\"\n")
    }

    /// A full disk (`/dev/full`) under standard output: every command says so and exits 1,
    /// instead of leaving a truncated file behind an exit 0.
    @Test(arguments: [["summary"], ["summary", "--format", "json"], ["render"], ["keys"], ["themes"],
                      ["export", "--format", "json"], ["export", "--format", "csv"], ["validate", "/dev/null"]])
    func aFailedWriteToStandardOutputExits1(arguments: [String]) throws {
        let result = try CommandRunner.run(arguments, standardOutput: "/dev/full")
        #expect(result.status == 1)
        #expect(result.error.contains("mppdash: cannot write to standard output: No space left on device"), "\(result.error)")
    }

    @Test func outputFollowsALinkAndNeverReplacesAFolderOrFIFO() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = folder.appendingPathComponent("real.csv").path
        let link = folder.appendingPathComponent("link.csv").path
        #expect(FileManager.default.createFile(atPath: real, contents: Data("old".utf8)))
        #expect(symlink(real, link) == 0)
        let linked = try CommandRunner.run(["export", "--format", "csv", "--output", link])
        #expect(linked.status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == real)
        #expect(try String(contentsOfFile: real, encoding: .utf8).hasPrefix("record,"))
        let fifo = folder.appendingPathComponent("pipe.csv").path
        #expect(mkfifo(fifo, 0o600) == 0)
        for (target, message) in [(fifo, "is a FIFO (named pipe); only a regular file is written"),
                                  (folder.path, "is a directory; expected a snapshot file")] {
            let refused = try CommandRunner.run(["export", "--format", "csv", "--output", target])
            #expect(refused.status == 1)
            #expect(refused.error == "\(target): \(message)\n")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["link.csv", "pipe.csv", "real.csv"])
    }

    /// `init --force` on a link to the snapshot replaces the snapshot, keeps the link, and
    /// keeps the old text as a backup beside the real file.
    @Test func initForceOnALinkReplacesTheRealFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = folder.appendingPathComponent("rollout.json").path
        let link = folder.appendingPathComponent("current.json").path
        #expect(FileManager.default.createFile(atPath: real, contents: Data("{}".utf8)))
        #expect(symlink("rollout.json", link) == 0)
        #expect(try CommandRunner.run(["init", "--force", link]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "rollout.json")
        #expect(try CommandRunner.run(["validate", real]).output == "\(real): OK\n")
        #expect(try String(contentsOfFile: real + ".bak", encoding: .utf8) == "{}")
    }
}
