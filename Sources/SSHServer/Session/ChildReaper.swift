import CPtySpawn
import Dispatch
import Glibc
import NIOConcurrencyHelpers

/// Waits for the dashboard processes of all sessions to end and reaps them, so that none is
/// left a zombie: one thread blocks in epoll_wait(2) on a pidfd(2) per process (readable once
/// it has ended), then calls waitpid(2) for it and hands the status on. Needs no SIGCHLD
/// handling, so it leaves the other children of the process (a test's) alone.
final class ChildReaper: Sendable {
    /// The reaper of this process.
    static let shared = ChildReaper()

    private let epoll: Int32
    private let watched = NIOLockedValueBox<[Int32: Watch]>([:])

    private struct Watch {
        let pid: pid_t
        let onExit: @Sendable (ChildExit) -> Void
    }

    private init() {
        epoll = cpty_watcher_create()
        precondition(epoll >= 0, "epoll_create1: \(String(cString: strerror(errno)))")
        DispatchQueue(label: "mppdash-serve.reaper").async { [self] in run() }
    }

    /// Calls `onExit` (on the reaper's thread) once `pid`, a child of this process, has ended
    /// and been reaped. Throws when the process cannot be watched (it is then killed and reaped
    /// here, so that it does not run unwatched).
    func watch(_ pid: pid_t, onExit: @escaping @Sendable (ChildExit) -> Void) throws(ServeError) {
        let descriptor = cpty_pidfd_open(pid)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            throw ServeError("cannot watch process \(pid): \(reason)")
        }
        watched.withLockedValue { $0[descriptor] = Watch(pid: pid, onExit: onExit) }
        let added = cpty_watcher_add(epoll, descriptor)
        if added != 0 {
            let reason = String(cString: strerror(added))
            _ = watched.withLockedValue { $0.removeValue(forKey: descriptor) }
            close(descriptor)
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            throw ServeError("cannot watch process \(pid): \(reason)")
        }
    }

    /// Sends `signal` to the process group of `pid` while the process is watched (not yet
    /// reaped), so that a process id the system has given to another process is never
    /// signalled; false when it has been reaped already.
    @discardableResult
    func signalGroup(_ pid: pid_t, _ signal: Int32) -> Bool {
        watched.withLockedValue { watched in
            guard watched.values.contains(where: { $0.pid == pid }) else { return false }
            return kill(-pid, signal) == 0
        }
    }

    private func run() {
        while true {
            let descriptor = cpty_watcher_next(epoll)
            guard descriptor >= 0 else { fatalError("epoll_wait: \(String(cString: strerror(errno)))") }
            guard let watch = watched.withLockedValue({ $0.removeValue(forKey: descriptor) }) else { continue }
            cpty_watcher_remove(epoll, descriptor)
            close(descriptor)
            var status: Int32 = 0
            while waitpid(watch.pid, &status, 0) < 0 && errno == EINTR {}
            watch.onExit(ChildExit(waitStatus: status))
        }
    }
}
