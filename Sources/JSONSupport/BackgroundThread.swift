#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// POSIX threads: a detached one for work that must not hold up the terminal (the snapshot's
/// load), and one to join for work beside the caller's own (half of a large snapshot). When no
/// thread can be made, the work runs at once on the calling thread.
public enum BackgroundThread {
    private final class Work: Sendable {
        let run: @Sendable () -> Void

        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }

    /// Runs `body` on a detached thread.
    public static func start(_ body: @escaping @Sendable () -> Void) {
        _ = spawn(body, detached: true)
    }

    /// Runs `body` on a thread of its own; `join()` waits for it and returns its result.
    public static func run<Result: Sendable>(_ body: @escaping @Sendable () -> Result) -> Joinable<Result> {
        let joinable = Joinable<Result>()
        joinable.thread = spawn({ joinable.result = body() }, detached: false)
        return joinable
    }

    /// Work that runs beside the caller until `join()`.
    public final class Joinable<Result: Sendable>: @unchecked Sendable {
        fileprivate var thread: pthread_t?
        /// Written by the thread before it ends, read after `pthread_join` (which orders the two).
        fileprivate var result: Result?

        /// Waits for the work to end and returns its result.
        public func join() -> Result {
            if let thread { pthread_join(thread, nil) }
            thread = nil
            guard let result else { preconditionFailure("a joined thread left no result") }
            return result
        }
    }

    /// Starts a thread running `body`; nil (after running `body` here) when none could be made.
    private static func spawn(_ body: @escaping @Sendable () -> Void, detached: Bool) -> pthread_t? {
        let work = Unmanaged.passRetained(Work(body))
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setdetachstate(&attributes, Int32(detached ? PTHREAD_CREATE_DETACHED : PTHREAD_CREATE_JOINABLE))
        #if os(Linux)
        var thread = pthread_t()
        #else
        var thread: pthread_t?
        #endif
        let created = pthread_create(&thread, &attributes, { context in
            #if os(Linux)
            guard let context else { return nil }
            #endif
            Unmanaged<Work>.fromOpaque(context).takeRetainedValue().run()
            return nil
        }, work.toOpaque())
        guard created == 0 else {
            work.takeRetainedValue().run()
            return nil
        }
        return thread
    }
}
