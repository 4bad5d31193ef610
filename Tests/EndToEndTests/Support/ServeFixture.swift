import Glibc
import Testing

/// A running `mppdash serve` on a free loopback port, with its keys and snapshot in a scratch
/// folder: `viewer_key` (authorized, read-only, comment "budi@laptop"), `editor_key` (ECDSA,
/// authorized and in the editors file, comment "sari"), `stranger_key` (not authorized), a
/// snapshot `rollout.json`, the host key the server generates, and its log. `ssh` runs the real
/// OpenSSH client against it in a pseudo-terminal.
final class ServeFixture {
    static let ssh: String? = ["/usr/bin/ssh", "/usr/local/bin/ssh"].first { access($0, X_OK) == 0 }
    static let sshKeygen: String? = ["/usr/bin/ssh-keygen", "/usr/local/bin/ssh-keygen"].first { access($0, X_OK) == 0 }
    /// Whether the OpenSSH client is there to run the tests with.
    static var isAvailable: Bool { ssh != nil && sshKeygen != nil }

    /// `mppdash-serve`, built beside `mppdash`.
    static var server: String {
        String(MPPDash.executable.dropLast("mppdash".count)) + "mppdash-serve"
    }

    let folder: ScratchFolder
    private(set) var port = 0
    private(set) var serverPID: pid_t = 0
    private let arguments: [String]

    var snapshot: String { folder.path("rollout.json") }
    var logFile: String { folder.path("server.log") }
    var hostKey: String { folder.path("host_key") }

    /// Makes the keys and the snapshot and starts the server with `arguments` added.
    init(_ arguments: [String] = []) throws {
        folder = try ScratchFolder()
        self.arguments = arguments
        for (name, type, comment) in [("viewer_key", "ed25519", "budi@laptop"), ("editor_key", "ecdsa", "sari"), ("stranger_key", "ed25519", "x")] {
            try Self.run([Self.sshKeygen ?? "ssh-keygen", "-q", "-t", type, "-N", "", "-C", comment, "-f", folder.path(name)])
        }
        let viewer = try String(decoding: Files.bytes(folder.path("viewer_key.pub")), as: UTF8.self)
        let editor = try String(decoding: Files.bytes(folder.path("editor_key.pub")), as: UTF8.self)
        _ = try folder.file("authorized_keys", contents: "# who may watch\n\(viewer)\(editor)")
        _ = try folder.file("editors", contents: editor)
        try Self.run([MPPDash.executable, "init", snapshot])
        try start()
    }

    deinit {
        stop()
        for name in ["viewer_key", "editor_key", "stranger_key"] { unlink(folder.path(name + ".pub")) }
    }

    /// Starts the server (again, after `stop`: same folder, same host key) and waits for the
    /// port it listens on.
    func start() throws {
        let command = [Self.server, "--listen", "127.0.0.1:0", "--authorized-keys", folder.path("authorized_keys"),
                       "--editors", folder.path("editors"), "--host-key", hostKey, "--snapshot", snapshot, "--log", logFile] + arguments
        let before = log.count
        serverPID = try Spawn.locked {
            try Spawn.spawn(command, environment: Spawn.baseEnvironment, newSession: true) { actions in
                posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
                posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
                posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            }
        }
        guard let line = waitForLog("listening on 127.0.0.1:", after: before),
              let port = line.split(separator: " ").first(where: { $0.hasPrefix("127.0.0.1:") }).flatMap({ Int($0.dropFirst(10)) }) else {
            throw SpawnError("mppdash serve did not start: \(log)", 0)
        }
        self.port = port
    }

    /// Stops the server with SIGTERM and waits for it; its exit status.
    @discardableResult
    func stop() -> ExitStatus? {
        guard serverPID > 0 else { return nil }
        kill(serverPID, SIGTERM)
        let status = Spawn.waitForExit(serverPID, timeout: .seconds(20))
        if status == nil {
            kill(serverPID, SIGKILL)
            _ = Spawn.waitForExit(serverPID, timeout: .seconds(5))
        }
        serverPID = 0
        return status
    }

    /// The OpenSSH client's arguments for `key` and `options`, ending with the host. The
    /// client takes the first value given for an option, so `options` come before the defaults.
    func sshCommand(_ key: String, _ options: [String] = []) -> [String] {
        [Self.ssh ?? "ssh", "-F", "/dev/null", "-p", "\(port)", "-i", folder.path(key)] + options
            + ["-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
               "-o", "LogLevel=ERROR", "127.0.0.1"]
    }

    /// The OpenSSH client on a new pseudo-terminal of 120 × 40, with `environment` added to an
    /// official's (`MPPDash.environment`).
    func ssh(_ key: String, _ options: [String] = [], arguments: [String] = [], environment: [String: String] = [:]) throws -> PseudoTerminal {
        try PseudoTerminal(sshCommand(key, options) + arguments, environment: MPPDash.environment(environment), columns: 120, rows: 40)
    }

    /// The server's log so far.
    var log: String { Files.text(logFile) }

    /// Waits for a line of the log, after the first `after` characters, that contains `needle`.
    @discardableResult
    func waitForLog(_ needle: String, after: Int = 0, timeout: Duration = .seconds(15)) -> String? {
        let deadline = ContinuousClock.now + timeout
        while true {
            let text = log
            if text.count > after,
               let line = text.dropFirst(after).split(separator: "\n").first(where: { $0.contains(needle) }) {
                return String(line)
            }
            if ContinuousClock.now >= deadline { return nil }
            _ = poll(nil, 0, 20)
        }
    }

    /// The process id of the dashboard of the latest session started.
    func latestDashboardPID(after: Int = 0) -> pid_t? {
        guard let line = waitForLog("session started", after: after),
              let field = line.split(separator: " ").first(where: { $0.hasPrefix("pid=") }) else { return nil }
        return pid_t(field.dropFirst(4))
    }

    /// The processes whose parent is the server.
    func serverChildren() -> [pid_t] {
        guard let proc = opendir("/proc") else { return [] }
        defer { closedir(proc) }
        var children: [pid_t] = []
        while let entry = readdir(proc) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard let pid = pid_t(name) else { continue }
            let stat = Files.text("/proc/\(name)/stat")
            guard let close = stat.lastIndex(of: ")") else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, pid_t(fields[1]) == serverPID { children.append(pid) }
        }
        return children
    }

    /// Runs `arguments` to its end, its output discarded; throws unless it exits 0.
    static func run(_ arguments: [String]) throws {
        let pid = try Spawn.locked {
            try Spawn.spawn(arguments, environment: Spawn.baseEnvironment, newSession: false) { actions in
                posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
                posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
                posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            }
        }
        let status = Spawn.waitForExit(pid, timeout: .seconds(30))
        guard status == .exited(0) else { throw SpawnError("\(arguments[0]) ended with \(String(describing: status))", 0) }
    }
}
