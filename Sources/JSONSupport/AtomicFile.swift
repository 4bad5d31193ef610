#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replacing a file atomically with POSIX calls, so that every failure can say exactly what went
/// wrong: the new bytes go to a temporary file in the real file's folder, are flushed to disk,
/// and only then renamed over the file, which can be kept as `FILE.bak`. A crash or a full disk
/// at any point leaves either the old or the new file, never a half-written one.
///
/// A symbolic link is followed, and the file it points to is replaced (the link stays a link).
/// Only regular files are replaced: a device, a FIFO, a socket or a directory is refused. The new
/// file keeps the old one's mode (whatever the umask) and, where permitted, its owner and group;
/// so does the backup. Temporary files that a killed save left beside the file are removed by the
/// next save of that file.
public enum AtomicFile {
    /// Replaces (or creates) `path` with `bytes`, keeping the previous file as `path.bak` (beside
    /// the real file) when `keepBackup` is true. `kind` names what the file is in messages.
    public static func replace(_ path: String, with bytes: [UInt8], kind: String, keepBackup: Bool) throws(JSONFileError) {
        let target = try resolve(path, kind: kind)
        let (folder, name) = FileSystem.split(target)
        removeStaleTemporaries(of: name, in: folder)
        var existing = stat()
        let exists = stat(target, &existing) == 0
        let mode: mode_t = exists ? existing.st_mode & 0o7777 : 0o644
        let unique = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let temporary = folder + "/." + name + ".tmp-" + unique
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .system(path, "cannot create a temporary file in \(folder) for \(path)") }
        do throws(JSONFileError) {
            try writeAll(bytes, to: descriptor, path: path)
            keepMetadata(of: exists ? existing : nil, on: descriptor, mode: mode)
            guard fsync(descriptor) == 0 else { throw .system(path, "cannot flush \(path) to disk") }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        close(descriptor)
        if exists, keepBackup {
            let backupTemporary = folder + "/." + name + ".bak-" + unique
            guard link(target, backupTemporary) == 0 || copy(target, to: backupTemporary, metadata: existing),
                  rename(backupTemporary, target + ".bak") == 0 else {
                unlink(backupTemporary)
                unlink(temporary)
                throw .system(path, "cannot keep the previous \(target) as \(target).bak")
            }
        }
        guard rename(temporary, target) == 0 else {
            unlink(temporary)
            throw .system(path, "cannot replace \(path)")
        }
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// The real file behind `path` (links followed), checked to be a regular file if it exists.
    private static func resolve(_ path: String, kind: String) throws(JSONFileError) -> String {
        var status = stat()
        guard lstat(path, &status) == 0 else { return path }
        var target = path
        if status.st_mode & S_IFMT == S_IFLNK {
            guard let real = realpath(path, nil) else {
                throw .system(path, "cannot follow the symbolic link \(path)")
            }
            target = String(cString: real)
            free(real)
            guard stat(target, &status) == 0 else { return target }
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return target
        case S_IFDIR: throw JSONFileError(file: path, message: "is a directory; expected a \(kind)")
        case S_IFCHR, S_IFBLK: throw JSONFileError(file: path, message: "is a device; only a regular file is written, never a device")
        case S_IFIFO: throw JSONFileError(file: path, message: "is a FIFO (named pipe); only a regular file is written")
        default: throw JSONFileError(file: path, message: "is not a regular file; only a regular file is written")
        }
    }

    /// Sets the mode exactly (the umask does not apply) and, when the file existed, its owner and
    /// group where the user may (root, or a group the user is in).
    private static func keepMetadata(of existing: stat?, on descriptor: Int32, mode: mode_t) {
        if let existing {
            if fchown(descriptor, existing.st_uid, existing.st_gid) != 0 {
                _ = fchown(descriptor, uid_t.max, existing.st_gid)
            }
        }
        _ = fchmod(descriptor, mode)
    }

    /// Removes `.NAME.tmp-PID-N` and `.NAME.bak-PID-N` files whose process no longer runs:
    /// what a save killed half-way left behind. A save still running in another process keeps
    /// its files.
    private static func removeStaleTemporaries(of name: String, in folder: String) {
        let prefixes = ["." + name + ".tmp-", "." + name + ".bak-"]
        for entryName in FileSystem.names(inFolder: folder) ?? [] {
            guard let prefix = prefixes.first(where: { entryName.hasPrefix($0) }),
                  let pid = Int32(entryName.dropFirst(prefix.count).prefix { $0 != "-" }), pid > 0 else { continue }
            if kill(pid, 0) != 0, errno == ESRCH { unlink(folder + "/" + entryName) }
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(JSONFileError) {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .system(path, "cannot write \(path)")
            }
            written += count
        }
    }

    /// Copies `source` to a new file `destination` with the source's mode and owner.
    private static func copy(_ source: String, to destination: String, metadata: stat) -> Bool {
        let input = open(source, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard input >= 0 else { return false }
        defer { close(input) }
        let output = open(destination, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard output >= 0 else { return false }
        defer { close(output) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return false }
            if count == 0 { break }
            guard (try? writeAll(Array(chunk[0..<count]), to: output, path: destination)) != nil else { return false }
        }
        keepMetadata(of: metadata, on: output, mode: metadata.st_mode & 0o7777)
        return fsync(output) == 0
    }
}
