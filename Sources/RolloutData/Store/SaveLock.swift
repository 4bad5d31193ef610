#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JSONSupport

/// The advisory lock (`flock`, exclusive) that saves of one snapshot file take on a lock file
/// beside it, `.NAME.lock`, so that one process at a time checks the file and writes it. It is
/// held only while a save runs, never while someone edits, and goes with the process when it
/// ends, however it ends. The lock file itself stays (removing it would race with a save that
/// has just opened it).
struct SaveLock: ~Copyable {
    private let descriptor: Int32

    /// Waits for the lock of the snapshot file `target` (the real file) and takes it.
    init(snapshot target: String, operations: FileOperations) throws(SnapshotError) {
        let (folder, name) = FileSystem.split(target)
        let path = FileSystem.join(folder, "." + name + ".lock")
        let descriptor = operations.openFile(path, O_RDONLY | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .system(target, "cannot create the lock file \(path) for \(target)") }
        while flock(descriptor, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let failure = SnapshotError.system(target, "cannot lock \(target) (lock file \(path))")
            close(descriptor)
            throw failure
        }
        self.descriptor = descriptor
    }

    /// Closing the file releases the lock.
    deinit { close(descriptor) }
}
