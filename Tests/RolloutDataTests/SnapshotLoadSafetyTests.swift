import Foundation
import JSONSupport
import Testing
@testable import RolloutData

/// Loading only reads: whatever is wrong with a file, `RolloutStore.load(path:)` reports it, in the
/// `FILE: PATH: message` form `mppdash validate` prints, and leaves the file and its folder as they
/// were.
@Suite("Loading a snapshot file safely")
struct SnapshotLoadSafetyTests {
    static let corruptions: [MalformedCase] = [
        MalformedCase("empty file", .file([]),
                      .unlocated("$", "the file is empty; expected a JSON snapshot object")),
        MalformedCase("truncated file", .cut(after: "\"name\": \"MPP Kabupaten G"),
                      .syntax("malls[1].name", "unterminated string (the file ends inside it)", line: 151, column: 15)),
        MalformedCase("invalid UTF-8", .replace("\"MPP Kabupaten Gowa\"", bytes: Array("\"MPP ".utf8) + [0xFF] + Array("\"".utf8)),
                      .syntax("malls[1].name", "invalid UTF-8 (byte 0xFF): snapshots must be UTF-8 text", line: 151, column: 20)),
        MalformedCase("newer major version", .replace("\"version\": \"1.2\"", "\"version\": \"2.0\""),
                      .unlocated("version", "this snapshot has format version 2.0, newer than the 1.x this mppdash reads; upgrade mppdash to open it")),
        MalformedCase("two problems", .model { $0.batches[0].mallIDs = ["mpp-73.06", "mpp-99", "mpp-73.06"] },
                      .unlocated("batches[0].malls[1]", "unknown mall \"mpp-99\" (not in malls)"),
                      .unlocated("batches[0].malls[2]", "mall \"mpp-73.06\" is listed twice in this batch")),
    ]

    /// The bytes and modification date of a file, to compare before and after.
    func state(of path: String) throws -> (bytes: Data, modified: Date?) {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (try Data(contentsOf: URL(fileURLWithPath: path)), attributes[.modificationDate] as? Date)
    }

    @Test("A corrupted file is reported and left unchanged", arguments: corruptions)
    func corruptedFileIsLeftAlone(_ corruption: MalformedCase) throws {
        let folder = try TemporaryFolder()
        let path = folder.path("rollout.json")
        let bytes = corruption.edit.applied()
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        let before = try state(of: path)

        do {
            let store = try RolloutStore.load(path: path)
            Issue.record("loaded a corrupted file titled \"\(store.snapshot.title)\"")
        } catch {
            #expect(error.file == path)
            let lines = error.description.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count == corruption.expected.count)
            #expect(lines.allSatisfy { $0.hasPrefix(path + ": ") })
            #expect(error.lines == corruption.expected.map { "\(path): \($0)" })
        }

        let after = try state(of: path)
        #expect(after.bytes == Data(bytes))
        #expect(after.bytes == before.bytes)
        #expect(after.modified == before.modified)
        #expect(try folder.names() == ["rollout.json"])
    }

    @Test func aValidFileIsLoadedAndLeftUnchanged() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("rollout.json")
        #expect(FileManager.default.createFile(atPath: path, contents: Data(MalformedFixture.bytes)))
        let before = try state(of: path)
        let store = try RolloutStore.load(path: path)
        #expect(store.snapshot == MalformedFixture.snapshot)
        #expect(store.origin == .file(path))
        let after = try state(of: path)
        #expect(after.bytes == before.bytes)
        #expect(after.modified == before.modified)
        #expect(try folder.names() == ["rollout.json"])
    }

    @Test func aDirectoryIsNotASnapshot() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("rollout.json")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        #expect(throws: SnapshotError(file: path, message: "is a directory; expected a snapshot file")) {
            try RolloutStore.load(path: path)
        }
        do {
            _ = try RolloutStore.load(path: path)
        } catch {
            #expect(error.description == "\(path): is a directory; expected a snapshot file")
        }
        #expect(try folder.names() == ["rollout.json"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: path).isEmpty)
    }

    @Test func aMissingFileIsNamedWithTheReason() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("missing.json")
        do {
            let store = try RolloutStore.load(path: path)
            Issue.record("loaded a missing file titled \"\(store.snapshot.title)\"")
        } catch {
            #expect(error.description == "cannot open \(path): No such file or directory")
        }
        #expect(try folder.names().isEmpty)
    }

    @Test func describesEachProblemAsFilePathMessage() {
        let error = SnapshotError(file: "data/rollout.json", problems: [
            SnapshotProblem(path: JSONPath([.key("malls"), .index(12), .key("region")]), message: "unknown region \"99.99\" (not in regions)"),
            SnapshotProblem(path: JSONPath([.key("sources"), .index(0), .key("odd key")]), message: "expected a string, found null", line: 40, column: 17),
            SnapshotProblem(path: .root, message: "invalid JSON: expected ',' or '}' after a member, found '\"'", line: 3, column: 7),
        ])
        #expect(error.description == """
            data/rollout.json: malls[12].region: unknown region "99.99" (not in regions)
            data/rollout.json: sources[0]["odd key"]: expected a string, found null (line 40, column 17)
            data/rollout.json: invalid JSON: expected ',' or '}' after a member, found '"' (line 3, column 7)
            """)
        #expect(SnapshotError(file: "rollout.json", message: "is a directory; expected a snapshot file").description
            == "rollout.json: is a directory; expected a snapshot file")
    }

    /// A FIFO with no writer, or a device that never ends, would make a reader wait or grow for
    /// ever: both are refused before a byte is read.
    @Test func onlyRegularFilesAreRead() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.path("rollout.json")
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: SnapshotError(file: fifo, message: "is a FIFO (named pipe), not a regular file; expected a snapshot file")) {
            try RolloutStore.load(path: fifo)
        }
        #expect(throws: SnapshotError(file: "/dev/zero", message: "is a character device, not a regular file; expected a snapshot file")) {
            try RolloutStore.load(path: "/dev/zero")
        }
    }

    @Test(arguments: [
        ([0xEF, 0xBB, 0xBF] + Array("{}".utf8), "starts with a UTF-8 byte-order mark (BOM, bytes EF BB BF); save it as UTF-8 without a BOM"),
        ([0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00], "is UTF-16 text (byte-order mark FF FE, little-endian); save it as UTF-8"),
        ([0xFE, 0xFF, 0x00, 0x7B, 0x00, 0x7D], "is UTF-16 text (byte-order mark FE FF, big-endian); save it as UTF-8"),
        ([0x7B, 0x00, 0x7D, 0x00], "looks like UTF-16 text without a byte-order mark (a zero byte in every other place); save it as UTF-8"),
    ] as [([UInt8], String)])
    func anEncodingOtherThanUTF8IsNamed(bytes: [UInt8], message: String) throws {
        let folder = try TemporaryFolder()
        let path = folder.path("rollout.json")
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        #expect(throws: SnapshotError(file: path, message: message)) { try RolloutStore.load(path: path) }
    }

    #if os(Linux)
    /// A file that has more bytes than its size said when it was opened (here a /proc file, whose
    /// size is 0) is read on to its end.
    @Test func aFileLargerThanItsSizeIsReadWhole() throws {
        let status = try RegularFile.contents(of: "/proc/self/status", kind: "status file")
        let text = String(decoding: status, as: UTF8.self)
        #expect(text.hasPrefix("Name:"))
        #expect(text.contains("\nVmRSS:"))
    }
    #endif

    @Test func progressSeesEveryByteAndCanStopTheRead() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("rollout.json")
        let bytes = [UInt8](repeating: UInt8(ascii: " "), count: 200_000) + Array("{}".utf8)
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        var seen: [(read: Int, size: Int)] = []
        let read = try SnapshotFile.contents(of: path) { read, size in
            seen.append((read, size))
            return true
        }
        #expect(read == bytes)
        #expect(seen.allSatisfy { $0.size == bytes.count })
        #expect(seen.last?.read == bytes.count && seen.map(\.read) == seen.map(\.read).sorted())
        #expect(throws: SnapshotError(file: path, message: "reading was cancelled")) {
            try SnapshotFile.contents(of: path) { _, _ in false }
        }
    }
}
