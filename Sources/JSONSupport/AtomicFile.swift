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
        try replace(path, kind: kind, keepBackup: keepBackup) { (write: Writer) throws(JSONFileError) in
            try bytes.withBytes(write)
        }
    }

    /// Writes bytes to the temporary file, in order; throws naming the file when it cannot.
    public typealias Writer = (UnsafeRawBufferPointer) throws(JSONFileError) -> Void

    /// Replaces (or creates) `path` with what `contents` writes through the writer it is given,
    /// chunk by chunk, so that a large file never has to be held in memory whole. When `contents`
    /// throws, nothing is replaced and its error is thrown. `operations` are the system calls used
    /// (tests pass failing ones).
    public static func replace(_ path: String, kind: String, keepBackup: Bool, operations: FileOperations = .system,
                               contents: (_ write: @escaping Writer) throws(JSONFileError) -> Void) throws(JSONFileError) {
        let target = try realFile(path, kind: kind)
        let (folder, name) = FileSystem.split(target)
        removeStaleTemporaries(of: name, in: folder)
        var existing = stat()
        let exists = stat(target, &existing) == 0
        let mode: mode_t = exists ? existing.st_mode & 0o7777 : 0o644
        let unique = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let temporary = folder + "/." + name + ".tmp-" + unique
        let descriptor = operations.openFile(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .system(path, "cannot create a temporary file in \(folder) for \(path)") }
        do throws(JSONFileError) {
            try contents { (bytes: UnsafeRawBufferPointer) throws(JSONFileError) in
                try operations.writeAll(bytes, to: descriptor, path: path)
            }
            keepMetadata(of: exists ? existing : nil, on: descriptor, mode: mode)
            guard operations.flushFile(descriptor) == 0 else { throw .system(path, "cannot flush \(path) to disk") }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        close(descriptor)
        if exists, keepBackup {
            let backupTemporary = folder + "/." + name + ".bak-" + unique
            guard link(target, backupTemporary) == 0 || copy(target, to: backupTemporary, metadata: existing, operations: operations),
                  operations.renameFile(backupTemporary, target + ".bak") == 0 else {
                let failure = JSONFileError.system(path, "cannot keep the previous \(target) as \(target).bak")
                unlink(backupTemporary)
                unlink(temporary)
                throw failure
            }
        }
        guard operations.renameFile(temporary, target) == 0 else {
            let failure = JSONFileError.system(path, "cannot replace \(path)")
            unlink(temporary)
            throw failure
        }
        syncFolder(folder)
    }

    /// Flushes a folder's entries (a rename, a new file) to disk; where that is not possible (a
    /// file system that refuses it) the entries are flushed by the system later.
    public static func syncFolder(_ folder: String) {
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// The real file behind `path` (links followed), checked to be a regular file if it exists:
    /// the file a save replaces, beside which its backup, lock and history are kept.
    public static func realFile(_ path: String, kind: String) throws(JSONFileError) -> String {
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

    /// Copies `source` to a new file `destination` with the source's mode and owner.
    private static func copy(_ source: String, to destination: String, metadata: stat, operations: FileOperations) -> Bool {
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
            let written = chunk.withUnsafeBytes { bytes in
                (try? operations.writeAll(UnsafeRawBufferPointer(rebasing: bytes[0..<count]), to: output, path: destination)) != nil
            }
            guard written else { return false }
        }
        keepMetadata(of: metadata, on: output, mode: metadata.st_mode & 0o7777)
        return operations.flushFile(output) == 0
    }
}
