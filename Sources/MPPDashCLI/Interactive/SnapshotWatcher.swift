#if canImport(Glibc)
import Glibc
#endif
import JSONSupport
import NcursesScreen
import Synchronization

/// Tells the dashboard loop when the snapshot file changed on disk: another `mppdash` saved it
/// (a save renames a new file over the old one) or something rewrote it in place.
///
/// inotify watches the file's folder, not the file, since a save replaces the file's inode; a
/// thread of its own blocks on the inotify descriptor and, for an event naming the file, sets a
/// flag and wakes the loop (`LoopWaker`). A symbolic link is followed to the real file, which is
/// what a save replaces. Where inotify is not available the dashboard simply does not reload.
final class SnapshotWatcher: Sendable {
    private let changed = Atomic<Bool>(false)

    /// Starts watching `path`; nil when the folder cannot be watched.
    init?(path: String) {
        let real = Self.realPath(path)
        let (folder, fileName) = FileSystem.split(real)
        let descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE)
        guard inotify_add_watch(descriptor, folder, mask) >= 0 else {
            close(descriptor)
            return nil
        }
        let name = Array(fileName.utf8)
        BackgroundThread.start { [self] in
            Self.watch(descriptor, for: name) {
                self.changed.store(true, ordering: .releasing)
                LoopWaker.wake()
            }
        }
    }

    /// True once after each change seen since the last call.
    func takeChange() -> Bool {
        changed.exchange(false, ordering: .acquiringAndReleasing)
    }

    /// Reads inotify events for ever, calling `onChange` for each that names the file.
    private static func watch(_ descriptor: Int32, for name: [UInt8], onChange: () -> Void) {
        let headerSize = MemoryLayout<inotify_event>.size
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return }
            var offset = 0
            var named = false
            while offset + headerSize <= count {
                let length = Int(buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self) })
                let nameBytes = buffer[(offset + headerSize)..<min(count, offset + headerSize + length)]
                if Array(nameBytes.prefix { $0 != 0 }) == name { named = true }
                offset += headerSize + length
            }
            if named { onChange() }
        }
    }

    private static func realPath(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }
}
