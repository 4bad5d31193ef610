import Glibc

/// A program running on a pseudo-terminal that the test holds the other side of: what it
/// writes can be read back, keys can be typed, the window resized and the terminal hung up.
///
/// The child starts a new session and opens the terminal by name, so it becomes its
/// controlling terminal: only then does a resize reach it as SIGWINCH and Ctrl-C as SIGINT.
/// What comes back is the raw byte stream, escape sequences and all; assert on text that a
/// program must write in one piece, and use `Tmux` for what the screen looks like.
final class PseudoTerminal {
    let pid: pid_t
    /// The terminal's modes before the program started, to check that it restored them.
    let initialModes: termios
    private var master: Int32
    /// Everything the program wrote so far.
    private(set) var output: [UInt8] = []
    /// Where the next `waitFor` starts looking: just past the last text it found.
    private var searchStart = 0
    private var exitStatus: ExitStatus?

    /// Starts `arguments` on a new terminal of `columns` × `rows`.
    init(_ arguments: [String], environment: [String: String] = Spawn.baseEnvironment,
         columns: Int = 80, rows: Int = 24) throws {
        (master, pid, initialModes) = try Spawn.locked {
            var master: Int32 = -1
            var slave: Int32 = -1
            var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
            guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw SpawnError("openpty") }
            Spawn.setCloseOnExec(master, slave)
            defer { close(slave) }
            let name = String(cString: ttyname(slave))
            var modes = termios()
            tcgetattr(slave, &modes)
            do {
                let pid = try Spawn.spawn(arguments, environment: environment, newSession: true) { actions in
                    posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
                    posix_spawn_file_actions_adddup2(&actions, 0, 1)
                    posix_spawn_file_actions_adddup2(&actions, 0, 2)
                }
                return (master, pid, modes)
            } catch {
                close(master)
                throw error
            }
        }
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        if master >= 0 { close(master) }
    }

    /// The output as text (invalid UTF-8 repaired).
    var text: String { String(decoding: output, as: UTF8.self) }

    /// Types `text` as if on the keyboard.
    func write(_ text: String) {
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Glibc.write(master, $0.baseAddress, $0.count) }
            if count <= 0 { return }
            written += count
        }
    }

    /// Reads until `needle` appears after the last text found, or `timeout` passes.
    @discardableResult
    func waitFor(_ needle: String, timeout: Duration = .seconds(10)) -> Bool {
        let pattern = Array(needle.utf8)
        let deadline = ContinuousClock.now + timeout
        while true {
            if let end = Self.end(of: pattern, in: output, from: searchStart) {
                searchStart = end
                return true
            }
            let left = deadline - ContinuousClock.now
            if left <= .zero || read(waitingUpTo: Self.milliseconds(left)) == .closed { return false }
        }
    }

    /// Reads until the program has written more than `count` bytes in all, or `timeout` passes:
    /// for a program that writes each frame in one `write`, the sign that a key's frame is out.
    @discardableResult
    func waitForOutput(beyond count: Int, timeout: Duration = .seconds(10)) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while output.count <= count {
            let left = deadline - ContinuousClock.now
            if left <= .zero || read(waitingUpTo: Self.milliseconds(left)) == .closed { return false }
        }
        return true
    }

    /// Changes the window size, as a terminal emulator does (the program gets SIGWINCH).
    func resize(columns: Int, rows: Int) {
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// The terminal modes as the program left (or set) them: on Linux the master reports the
    /// modes of its slave side.
    func modes() -> termios {
        var modes = termios()
        tcgetattr(master, &modes)
        return modes
    }

    /// Whether the terminal's modes are back to what they were before the program started
    /// (flags, and the read timing a curses program changes).
    var modesAreRestored: Bool {
        let now = modes()
        let initial = initialModes
        return now.c_iflag == initial.c_iflag && now.c_oflag == initial.c_oflag
            && now.c_cflag == initial.c_cflag && now.c_lflag == initial.c_lflag
            && now.c_cc.6 == initial.c_cc.6 && now.c_cc.5 == initial.c_cc.5  // VMIN, VTIME
    }

    /// Closes the terminal, as when an SSH connection drops: the program's input ends.
    func hangUp() {
        close(master)
        master = -1
    }

    /// Waits for the program to end, reading its output meanwhile (a program blocked on a full
    /// terminal would never end) and then what it left unread; nil if it is still running
    /// after `timeout`.
    func waitForExit(timeout: Duration = .seconds(10)) -> ExitStatus? {
        if let exitStatus { return exitStatus }
        exitStatus = Spawn.waitForExit(pid, timeout: timeout) { milliseconds in
            if read(waitingUpTo: milliseconds) == .closed { _ = poll(nil, 0, milliseconds) }
        }
        if exitStatus != nil {
            while read(waitingUpTo: 0) == .data {}
        }
        return exitStatus
    }

    private enum ReadResult {
        case data, nothing, closed
    }

    /// Reads what arrives within `milliseconds`; `.closed` once the terminal has nothing more
    /// to give (the program and all its children closed it, or `hangUp` closed this side).
    private func read(waitingUpTo milliseconds: Int32) -> ReadResult {
        guard master >= 0 else { return .closed }
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, milliseconds)
        if ready == 0 || (ready < 0 && errno == EINTR) { return .nothing }
        if ready < 0 { return .closed }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
        if count > 0 {
            output += buffer[..<count]
            return .data
        }
        return count < 0 && errno == EINTR ? .nothing : .closed
    }

    private static func end(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !pattern.isEmpty else { return start }
        guard bytes.count - start >= pattern.count else { return nil }
        for index in start...(bytes.count - pattern.count)
        where bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
            return index + pattern.count
        }
        return nil
    }

    static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        return Int32(clamping: max(1, seconds * 1000 + attoseconds / 1_000_000_000_000_000))
    }
}
