import Glibc

/// The self-pipe that ends the dashboard loop's wait: a signal handler, or work running on
/// another thread (loading a snapshot), writes one byte to it, and `NcursesScreen.nextEvent`,
/// which waits on the terminal and on this pipe together, returns.
///
/// Writing is async-signal-safe (one `write(2)` to a non-blocking pipe; a full pipe is already
/// readable, so a lost byte loses nothing). The pipe exists from the first use of this type on,
/// which `SignalWatcher.install` makes happen before any handler can run.
public enum LoopWaker {
    private static let pipe: (read: Int32, write: Int32) = {
        var descriptors: [Int32] = [-1, -1]
        guard Glibc.pipe(&descriptors) == 0 else { return (-1, -1) }
        for descriptor in descriptors {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        }
        return (descriptors[0], descriptors[1])
    }()

    /// Creates the pipe now (a signal handler must never be the first to touch it).
    public static func prepare() {
        _ = pipe
    }

    /// Ends the loop's current or next wait. Safe in a signal handler and from any thread.
    public static func wake() {
        var byte: UInt8 = 1
        _ = write(pipe.write, &byte, 1)
    }

    /// The end the loop waits on.
    static var descriptor: Int32 { pipe.read }

    /// Empties the pipe, so that the next wait sleeps until the next `wake`.
    static func drain() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while buffer.withUnsafeMutableBytes({ read(pipe.read, $0.baseAddress, $0.count) }) > 0 {}
    }
}
