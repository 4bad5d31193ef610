import CPtySpawn
import Glibc

/// How a session's dashboard is started: which `mppdash`, on which snapshot.
public struct DashboardLaunch: Sendable {
    /// The `mppdash` executable.
    public let executable: String
    /// The snapshot file every session opens; nil for the built-in dataset (read-only for all).
    public let snapshot: String?
    /// The server's own `PATH`, `HOME` and `XDG_CONFIG_HOME` (where the dashboard keeps its
    /// settings and finds the user's themes), passed on.
    let base: [String: String]

    public init(executable: String, snapshot: String?, environment: [String: String]) {
        self.executable = executable
        self.snapshot = snapshot
        base = environment.filter { ["PATH", "HOME", "XDG_CONFIG_HOME"].contains($0.key) }
    }

    /// The dashboard's arguments for `viewer`: `--read-only` unless an editor's, and the
    /// viewer's name for the audit log.
    func arguments(for viewer: Viewer) -> [String] {
        [executable] + (snapshot.map { ["--snapshot", $0] } ?? []) + ["--user", viewer.name]
            + (viewer.role == .editor ? [] : ["--read-only"])
    }

    /// A dashboard running on a pseudo-terminal: the master side, and its process (the leader
    /// of its own session and process group, the terminal its controlling terminal).
    struct Running {
        let master: Int32
        let pid: pid_t
    }

    /// Opens a pseudo-terminal of the session's size and modes, and starts the dashboard on it.
    func start(for viewer: Viewer, settings: SessionSettings) throws(ServeError) -> Running {
        let terminal = settings.terminal ?? SessionSettings.Terminal(type: "dumb", columns: 80, rows: 24, modes: [:])
        var master: Int32 = -1
        var slave = [CChar](repeating: 0, count: 128)
        let opened = cpty_open(&master, &slave, slave.count, UInt16(terminal.columns), UInt16(terminal.rows))
        guard opened == 0 else { throw ServeError("cannot open a pseudo-terminal: \(String(cString: strerror(opened)))") }
        let slavePath = String(decoding: slave.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let modes = terminal.modes.sorted { $0.key < $1.key }
        let modesSet = cpty_set_modes(slavePath, modes.map(\.key), modes.map(\.value), modes.count)
        guard modesSet == 0 else {
            close(master)
            throw ServeError("cannot set the terminal modes of \(slavePath): \(String(cString: strerror(modesSet)))")
        }
        let argv = arguments(for: viewer).map { strdup($0) } + [nil]
        let envp = settings.dashboardEnvironment(base: base).sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = cpty_spawn(executable, argv, envp, slavePath, &pid)
        guard spawned == 0 else {
            close(master)
            throw ServeError("cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        return Running(master: master, pid: pid)
    }
}
