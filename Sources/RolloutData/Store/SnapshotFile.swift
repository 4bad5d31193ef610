#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
public import JSONSupport

/// Reading and writing snapshot files with POSIX calls, so that every failure can say exactly what
/// went wrong, and so that a save is atomic: the new text goes to a temporary file in the same
/// folder, is flushed to disk, and only then renamed over the old file, which is kept as
/// `FILE.bak`. A crash or a full disk at any point leaves either the old or the new file, never a
/// half-written one.
public enum SnapshotFile {
    /// Told how many bytes have been read so far, of the file's size; returns false to stop
    /// reading (the load was cancelled).
    public typealias Progress = (_ bytesRead: Int, _ fileSize: Int) -> Bool

    /// The bytes of a snapshot file, or a `SnapshotError` naming the file and the reason (see
    /// `RegularFile`); `progress` is called after every chunk read.
    public static func contents(of path: String, progress: Progress = { _, _ in true }) throws(SnapshotError) -> [UInt8] {
        try RegularFile.contents(of: path, kind: "snapshot file", progress: progress)
    }

    /// True when something (a file, a folder, a link) exists at `path`.
    public static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    /// Replaces (or creates) `path` with `bytes` atomically, keeping the previous file as
    /// `path.bak` when `keepBackup` is true.
    public static func writeAtomically(_ bytes: [UInt8], to path: String, keepBackup: Bool = true) throws(SnapshotError) {
        let (folder, name) = split(path)
        var existing = stat()
        let exists = stat(path, &existing) == 0
        if exists, existing.st_mode & S_IFMT == S_IFDIR {
            throw SnapshotError(file: path, message: "is a directory; expected a snapshot file")
        }
        let mode: mode_t = exists ? existing.st_mode & 0o777 : 0o644
        let unique = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let temporary = folder + "/." + name + ".tmp-" + unique
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw failure(path, "cannot create a temporary file in \(folder)") }
        do throws(SnapshotError) {
            try writeAll(bytes, to: descriptor, path: path)
            guard fsync(descriptor) == 0 else { throw failure(path, "cannot flush to disk") }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        close(descriptor)
        if exists, keepBackup {
            let backupTemporary = folder + "/." + name + ".bak-" + unique
            guard link(path, backupTemporary) == 0 || copyFile(path, to: backupTemporary),
                  rename(backupTemporary, path + ".bak") == 0 else {
                unlink(backupTemporary)
                unlink(temporary)
                throw failure(path, "cannot keep the previous file as \(path).bak")
            }
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw failure(path, "cannot replace")
        }
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    // MARK: Private

    private static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = String(path[..<slash])
        return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(SnapshotError) {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(path, "cannot write")
            }
            written += count
        }
    }

    private static func copyFile(_ source: String, to destination: String) -> Bool {
        guard let bytes = try? contents(of: source) else { return false }
        let descriptor = open(destination, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return (try? writeAll(bytes, to: descriptor, path: destination)) != nil && fsync(descriptor) == 0
    }

    private static func failure(_ path: String, _ action: String) -> SnapshotError {
        let reason = String(cString: strerror(errno))
        return SnapshotError(file: path, message: "\(action): \(reason)")
    }
}
