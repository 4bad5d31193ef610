#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
public import JSONSupport

/// Reading and writing snapshot files: only regular files are read (`RegularFile`), and a save is
/// atomic, keeps the previous file as `FILE.bak` and follows a symbolic link to the real file
/// (`AtomicFile`).
public enum SnapshotFile {
    /// Told how many bytes have been read so far, of the file's size; returns false to stop
    /// reading (the load was cancelled).
    public typealias Progress = (_ bytesRead: Int, _ fileSize: Int) -> Bool

    /// The bytes of a snapshot file, or a `SnapshotError` naming the file and the reason (see
    /// `RegularFile`); `progress` is called after every chunk read.
    public static func contents(of path: String, progress: Progress = { _, _ in true }) throws(SnapshotError) -> [UInt8] {
        try RegularFile.contents(of: path, kind: kind, progress: progress)
    }

    /// True when something (a file, a folder, a link) exists at `path`.
    public static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    /// Replaces (or creates) `path` with `snapshot` in canonical form, written as a stream into the
    /// temporary file of an atomic save (see `AtomicFile`), keeping the previous file as
    /// `path.bak` when `keepBackup` is true. `operations` are the system calls used.
    public static func write(_ snapshot: Snapshot, to path: String, keepBackup: Bool = true,
                             operations: FileOperations = .system) throws(SnapshotError) {
        try AtomicFile.replace(path, kind: kind, keepBackup: keepBackup, operations: operations) { (write: @escaping AtomicFile.Writer) throws(JSONFileError) in
            var stream = CanonicalJSONStream(flush: write)
            try SnapshotEncoder.write(snapshot, to: &stream)
        }
    }

    /// What a snapshot file is called in messages.
    static let kind = "snapshot file"

    /// Replaces (or creates) `path` with `bytes` atomically (see `AtomicFile`), keeping the
    /// previous file as `path.bak` when `keepBackup` is true.
    public static func writeAtomically(_ bytes: [UInt8], to path: String, keepBackup: Bool = true) throws(SnapshotError) {
        try AtomicFile.replace(path, with: bytes, kind: kind, keepBackup: keepBackup)
    }
}
