import Glibc
import Synchronization
import Testing

/// A program running in a pane of a private tmux server: a real terminal emulator whose screen
/// the test can read as text (`capture-pane`), with keys sent by name and resizes.
///
/// Each instance has its own server (`tmux -L <unique socket> -f /dev/null`), killed (and its
/// socket file removed) on deinit. The program runs as `<program>; echo "[exit $?]"` and the pane then stays open, so
/// its exit status is read from the screen (tmux 3.3a's `#{pane_dead_status}` is unreliable).
final class Tmux {
    static let executable: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first { path in
        access(path, X_OK) == 0
    }
    static var isInstalled: Bool { executable != nil }

    private static let sessions = Atomic<Int>(0)

    let socket: String
    private let target = "test"

    /// Starts `arguments` in a detached session of `columns` × `rows`, with `environment` set in
    /// the pane. The server starts with `Spawn.baseEnvironment` only, so `LANG` is unset unless
    /// given. tmux sets `TERM=tmux-256color` in its panes; a `TERM` in `environment` is passed
    /// to the program through `env` instead, to be seen despite that.
    init(_ arguments: [String], environment: [String: String] = [:], columns: Int = 80, rows: Int = 24) throws {
        let number = Self.sessions.add(1, ordering: .relaxed).newValue
        socket = "mppdash-test-\(getpid())-\(number)"
        let terminal = environment["TERM"].map { ["env", "TERM=\($0)"] } ?? []
        let program = (terminal + arguments).map(Self.quoted).joined(separator: " ")
        let variables = environment.filter { $0.key != "TERM" }.sorted { $0.key < $1.key }
            .flatMap { ["-e", "\($0.key)=\($0.value)"] }
        let command = "\(program); echo \"[exit $?]\"; exec sleep 86400"
        // The server daemonises and would hold on to an output pipe: give it /dev/null.
        let status = try run(["new-session", "-d", "-s", target, "-x", "\(columns)", "-y", "\(rows)"]
            + variables + [command], capture: false).status
        guard status == .exited(0) else { throw SpawnError("tmux new-session ended with \(status)", 0) }
    }

    deinit {
        _ = try? run(["kill-server"], capture: false)
        // tmux leaves the socket file of a killed server behind; remove it so runs don't pile up.
        let folder = getenv("TMUX_TMPDIR").map { String(cString: $0) } ?? "/tmp"
        unlink("\(folder)/tmux-\(getuid())/\(socket)")
    }

    /// Sends keys by tmux name (`Down`, `Enter`, `C-c`, `Escape`) or as literal text with `-l`.
    func sendKeys(_ keys: String..., literal: Bool = false) {
        _ = try? run(["send-keys", "-t", target] + (literal ? ["-l"] : []) + keys)
    }

    /// The pane's screen, one line per row, trailing blanks removed.
    func capture() -> String {
        (try? run(["capture-pane", "-p", "-t", target]).output) ?? ""
    }

    /// Captures the screen until it contains `needle`; the last capture comes back either way,
    /// for the failure message.
    func waitFor(_ needle: String, timeout: Duration = .seconds(10)) -> (found: Bool, screen: String) {
        waitUntil(timeout: timeout) { $0.contains(needle) }
    }

    /// Captures the screen until `condition` holds for it; the last capture comes back either way.
    func waitUntil(timeout: Duration = .seconds(10), _ condition: (String) -> Bool) -> (found: Bool, screen: String) {
        let deadline = ContinuousClock.now + timeout
        while true {
            let screen = capture()
            if condition(screen) { return (true, screen) }
            if ContinuousClock.now >= deadline { return (false, screen) }
            _ = poll(nil, 0, 10)
        }
    }

    /// The program's exit status, once `[exit N]` is on the screen.
    func waitForExit(timeout: Duration = .seconds(10)) -> Int32? {
        let (found, screen) = waitFor("[exit ", timeout: timeout)
        guard found, let line = screen.split(separator: "\n").last(where: { $0.contains("[exit ") }),
              let start = line.firstRange(of: "[exit ")?.upperBound, let end = line[start...].firstIndex(of: "]") else {
            return nil
        }
        return Int32(line[start..<end])
    }

    func resize(columns: Int, rows: Int) {
        _ = try? run(["resize-window", "-t", target, "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// A tmux format for the pane, such as `#{alternate_on}` or `#{pane_pid}`.
    func format(_ format: String) -> String {
        let output = (try? run(["display-message", "-p", "-t", target, format]).output) ?? ""
        return String(output.prefix { $0 != "\n" })
    }

    /// Whether the program's alternate screen is showing (a curses program that exited cleanly
    /// has left it).
    var alternateScreenOn: Bool { format("#{alternate_on}") == "1" }

    /// Runs one tmux command against this server and reads its output.
    @discardableResult
    func run(_ arguments: [String], capture: Bool = true) throws -> (status: ExitStatus, output: String) {
        guard let executable = Self.executable else { throw SpawnError("tmux is not installed", ENOENT) }
        let environment = Spawn.baseEnvironment.merging(["SHELL": "/bin/sh"]) { $1 }
        let command = [executable, "-L", socket, "-f", "/dev/null"] + arguments
        var pipeEnds: [Int32] = [-1, -1]
        let pid: pid_t = try Spawn.locked {
            if capture {
                guard pipe(&pipeEnds) == 0 else { throw SpawnError("pipe") }
                Spawn.setCloseOnExec(pipeEnds[0], pipeEnds[1])
            }
            defer { if capture { close(pipeEnds[1]) } }
            return try Spawn.spawn(command, environment: environment, newSession: false) { actions in
                posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
                if capture {
                    posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
                } else {
                    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
                }
                posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            }
        }
        var output: [UInt8] = []
        if capture {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(pipeEnds[0], $0.baseAddress, $0.count) }
                if count < 0, errno == EINTR { continue }
                if count <= 0 { break }
                output += buffer[..<count]
            }
            close(pipeEnds[0])
        }
        let status = Spawn.waitForExit(pid, timeout: .seconds(10)) ?? .signaled(SIGKILL)
        return (status, String(decoding: output, as: UTF8.self))
    }

    /// Quotes one argument for the pane's shell.
    static func quoted(_ argument: String) -> String {
        "'" + argument.replacing("'", with: "'\\''") + "'"
    }
}

/// Expects `text` on the screen of `tmux` within 10 s; the failure shows the screen.
func expectScreen(_ tmux: Tmux, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let (found, screen) = tmux.waitFor(text)
    #expect(found, "no \(text.debugDescription) on the screen:\n\(screen)", sourceLocation: sourceLocation)
}

/// Quits dashboards with nothing left unsaved (none asks) and expects each to exit 0.
func quit(_ dashboards: Tmux..., sourceLocation: SourceLocation = #_sourceLocation) {
    for dashboard in dashboards { dashboard.sendKeys("Q", literal: true) }
    for dashboard in dashboards {
        #expect(dashboard.waitForExit() == 0, "\(dashboard.capture())", sourceLocation: sourceLocation)
    }
}
