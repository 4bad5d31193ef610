import Foundation
import JSONSupport
import Testing
@testable import RolloutData

/// Saves that respect what is already there: a link is followed, a device, FIFO or folder is never
/// replaced, the mode and owner stay, and what a killed save left is cleaned up.
@Suite("Writing files atomically")
struct AtomicWriteTests {
    /// The number of the null device (major 1, minor 3, as glibc's `makedev`, which Swift
    /// does not import, encodes small numbers).
    static let nullDevice = dev_t(1 << 8 | 3)

    /// Whether this machine lets the tests make a device node (root, or CAP_MKNOD).
    static let mayMakeDevices: Bool = {
        guard let folder = try? TemporaryFolder() else { return false }
        return mknod(folder.path("null"), S_IFCHR | 0o666, nullDevice) == 0
    }()

    private func mode(_ path: String) throws -> mode_t {
        var status = stat()
        guard stat(path, &status) == 0 else { throw SnapshotError(file: path, message: "cannot stat") }
        return status.st_mode & 0o7777
    }

    @Test func aLinkIsFollowedAndStaysALink() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path("real"), withIntermediateDirectories: false)
        let real = folder.path("real/rollout.json")
        try SnapshotFile.writeAtomically(Array("old".utf8), to: real)
        #expect(symlink("real/rollout.json", folder.path("link.json")) == 0)
        try SnapshotFile.writeAtomically(Array("new".utf8), to: folder.path("link.json"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.path("link.json")) == "real/rollout.json")
        #expect(try SnapshotFile.contents(of: real) == Array("new".utf8))
        #expect(try SnapshotFile.contents(of: real + ".bak") == Array("old".utf8))
        #expect(try folder.names() == ["link.json", "real"])
    }

    @Test func aFIFOIsNeverReplaced() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.path("out.csv")
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: SnapshotError(file: fifo, message: "is a FIFO (named pipe); only a regular file is written")) {
            try SnapshotFile.writeAtomically(Array("data".utf8), to: fifo, keepBackup: false)
        }
        var status = stat()
        #expect(lstat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
        #expect(try folder.names() == ["out.csv"])
    }

    @Test(.enabled(if: AtomicWriteTests.mayMakeDevices, "mknod is not permitted here: no device node to test with"))
    func aDeviceIsNeverReplaced() throws {
        let folder = try TemporaryFolder()
        let device = folder.path("null")
        #expect(mknod(device, S_IFCHR | 0o666, Self.nullDevice) == 0)
        #expect(throws: SnapshotError(file: device, message: "is a device; only a regular file is written, never a device")) {
            try SnapshotFile.writeAtomically(Array("data".utf8), to: device, keepBackup: false)
        }
        var status = stat()
        #expect(lstat(device, &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
        #expect(try folder.names() == ["null"])
    }

    /// A private file stays private, and so does its backup; a shared one stays shared whatever
    /// the umask.
    @Test(arguments: [0o640, 0o600, 0o666] as [mode_t])
    func theModeIsKeptForTheFileAndItsBackup(mode expected: mode_t) throws {
        let folder = try TemporaryFolder()
        let path = folder.path("rollout.json")
        try SnapshotFile.writeAtomically(Array("one".utf8), to: path)
        #expect(chmod(path, expected) == 0)
        try SnapshotFile.writeAtomically(Array("two".utf8), to: path)
        #expect(try mode(path) == expected)
        #expect(try mode(path + ".bak") == expected)
    }

    /// A save killed half-way leaves `.NAME.tmp-PID-N`; the next save of that file removes it,
    /// but never the temporary file of a save still running (this process's).
    @Test func aKilledSavesLeftoversAreRemovedByTheNextSave() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("rollout.json")
        try SnapshotFile.writeAtomically(Array("one".utf8), to: path)
        // No process has a number above the kernel's pid_max (at most 2^22).
        let stale = [".rollout.json.tmp-2147483646-17", ".rollout.json.bak-2147483646-17"]
        let running = ".rollout.json.tmp-\(getpid())-5"
        let otherFile = ".other.json.tmp-2147483646-17"
        for name in stale + [running, otherFile] {
            #expect(FileManager.default.createFile(atPath: folder.path(name), contents: Data("partial".utf8)))
        }
        try SnapshotFile.writeAtomically(Array("two".utf8), to: path)
        #expect(try folder.names() == [otherFile, running, "rollout.json", "rollout.json.bak"].sorted())
    }
}
