import Glibc
import Synchronization

/// How a child process ended.
enum ExitStatus: Equatable, CustomStringConvertible {
    case exited(Int32)
    case signaled(Int32)

    /// Decodes a `waitpid` status by hand: Swift does not import `WIFEXITED` and friends.
    init(waitStatus status: Int32) {
        self = status & 0x7F == 0 ? .exited((status >> 8) & 0xFF) : .signaled(status & 0x7F)
    }

    var description: String {
        switch self {
        case .exited(let code): return "exit \(code)"
        case .signaled(let signal): return "signal \(signal)"
        }
    }
}

struct SpawnError: Error, CustomStringConvertible {
    let description: String

    init(_ what: String, _ code: Int32 = errno) {
        description = "\(what): \(String(cString: strerror(code)))"
    }
}

/// Starting child processes for the end-to-end tests, without Foundation's `Process` (which
/// waits for the tmux server to exit, because the daemon keeps the pipes it was handed).
enum Spawn {
    /// Every descriptor a test opens is made close-on-exec while this lock is held, and every
    /// spawn holds it, so that no child inherits another test's pty or pipe (a leaked pty
    /// master would keep a "closed" terminal open).
    private static let lock = Mutex(())

    static func locked<T>(_ body: () throws -> T) rethrows -> T {
        try lock.withLock { _ in try body() }
    }

    static func setCloseOnExec(_ descriptors: Int32...) {
        for descriptor in descriptors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
    }

    /// Spawns `arguments` with an empty signal mask and every signal at its default action:
    /// a child of a test-runner worker thread would otherwise inherit a mask that blocks
    /// SIGWINCH, and never see a resize. Call it inside `locked`.
    ///
    /// - Parameters:
    ///   - newSession: start a new session (`POSIX_SPAWN_SETSID`), so that the first terminal
    ///     the child opens becomes its controlling terminal.
    ///   - fileActions: sets up the child's standard descriptors.
    static func spawn(_ arguments: [String], environment: [String: String], newSession: Bool,
                      fileActions: (inout posix_spawn_file_actions_t) -> Void) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        fileActions(&actions)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        let setSession: Int32 = 0x80  // POSIX_SPAWN_SETSID, which Swift's Glibc module leaves out
        posix_spawnattr_setflags(&attributes, Int16((newSession ? setSession : 0)
            | Int32(POSIX_SPAWN_SETSIGMASK) | Int32(POSIX_SPAWN_SETSIGDEF)))

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard result == 0 else { throw SpawnError("cannot start \(arguments[0])", result) }
        return pid
    }

    /// Waits up to `timeout` for `pid` to end, calling `whileWaiting` with the milliseconds it
    /// may block each round (to drain output the child would otherwise block on).
    static func waitForExit(_ pid: pid_t, timeout: Duration,
                            whileWaiting: (Int32) -> Void = { _ = poll(nil, 0, $0) }) -> ExitStatus? {
        let deadline = ContinuousClock.now + timeout
        while true {
            var status: Int32 = 0
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { return ExitStatus(waitStatus: status) }
            if result < 0 || ContinuousClock.now >= deadline { return nil }
            whileWaiting(5)
        }
    }

    /// Environment variables for children: a fixed `PATH`, and nothing from the test runner's
    /// own terminal (`TERM`, `TMUX`, locale).
    static let baseEnvironment = ["PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": "/tmp"]
}
