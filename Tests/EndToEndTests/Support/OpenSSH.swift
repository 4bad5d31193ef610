import Foundation
import Glibc

/// OpenSSH's programs, where Debian's `openssh-server` and `openssh-client` put them.
enum OpenSSH {
    static let sshd = installed("sshd", in: ["/usr/sbin", "/usr/local/sbin", "/sbin"])
    static let ssh = installed("ssh", in: ["/usr/bin", "/usr/local/bin", "/bin"])
    static let keygen = installed("ssh-keygen", in: ["/usr/bin", "/usr/local/bin", "/bin"])

    static var isInstalled: Bool { sshd != nil && ssh != nil && keygen != nil }

    private static func installed(_ name: String, in folders: [String]) -> String? {
        folders.map { "\($0)/\(name)" }.first { access($0, X_OK) == 0 }
    }

    /// Generates an ed25519 key pair without a passphrase at `path` and `path.pub`.
    static func generateKey(at path: String) throws {
        let pid = try Spawn.locked {
            try Spawn.spawn([keygen ?? "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "mppdash-test", "-f", path],
                            environment: Spawn.baseEnvironment, newSession: false) { actions in
                for descriptor in Int32(0)...2 {
                    posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", O_RDWR, 0)
                }
            }
        }
        let status = Spawn.waitForExit(pid, timeout: .seconds(30))
        guard status == .exited(0) else { throw SpawnError("ssh-keygen for \(path) ended with \(String(describing: status))", 0) }
    }

    /// The first `sshd_config` block of docs/ssh.md: the recipe as the document gives it.
    static func documentedRecipe() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let document = try String(contentsOf: root.appendingPathComponent("docs/ssh.md"), encoding: .utf8)
        guard let start = document.firstRange(of: "```sshd_config\n")?.upperBound,
              let end = document[start...].firstRange(of: "```")?.lowerBound else {
            throw SpawnError("docs/ssh.md: no ```sshd_config block", 0)
        }
        return String(document[start..<end])
    }
}

/// OpenSSH's `sshd`, started by a test as its own child on a free loopback port, with the
/// recipe of docs/ssh.md for the test's own user, and stopped with every process of its
/// sessions when the value goes away.
///
/// The recipe's paths are replaced by the scratch folder's (the client key's
/// `authorized_keys`, the snapshot) and this build's `mppdash`; a few global lines make it run
/// as a test: loopback only, `UsePAM no` (no PAM session for the test's user), `StrictModes no`
/// (the folder is in /tmp, whose permissions sshd would refuse) and its own host key and pid file.
final class SSHServer {
    /// Which of the recipe's blocks applies to the test's user.
    enum Role {
        /// `Match User mppdash`: read-only.
        case viewer
        /// `Match Group mppdash-editors`: may edit.
        case editor
    }

    let folder: ScratchFolder
    let port: Int
    let user: String
    let pid: pid_t
    /// The client's private key.
    let clientKey: String
    private let logPath: String

    /// Starts sshd serving `snapshot` to the test's user in `role`; its files go to `folder`.
    init(role: Role, snapshot: String, folder: ScratchFolder) throws {
        self.folder = folder
        // getpwuid and getgrgid answer in static buffers: one test at a time.
        let names = Spawn.locked { () -> (String, String)? in
            guard let account = getpwuid(getuid()), let group = getgrgid(getgid()) else { return nil }
            return (String(cString: account.pointee.pw_name), String(cString: group.pointee.gr_name))
        }
        guard let names else { throw SpawnError("getpwuid") }
        let groupName: String
        (user, groupName) = names
        clientKey = folder.path("client_key")
        try OpenSSH.generateKey(at: folder.path("host_key"))
        try OpenSSH.generateKey(at: clientKey)
        let authorizedKeys = try folder.file("authorized_keys", contents: Files.text(clientKey + ".pub"))

        var recipe = try OpenSSH.documentedRecipe()
        let replacements = [
            ("/usr/local/bin/mppdash", Tmux.quoted(MPPDash.executable)),
            ("/srv/mppdash/rollout.json", Tmux.quoted(snapshot)),
            ("/etc/mppdash/viewers.keys", authorizedKeys),
            ("/etc/mppdash/editors/%u.keys", authorizedKeys),
            role == .viewer ? ("Match User mppdash\n", "Match User \(user)\n") : ("Match Group mppdash-editors\n", "Match Group \(groupName)\n"),
        ]
        for (documented, tested) in replacements {
            guard recipe.contains(documented) else {
                throw SpawnError("docs/ssh.md's recipe has no \(documented.debugDescription) any more: update SSHServer", 0)
            }
            recipe = recipe.replacing(documented, with: tested)
        }
        // As root, sshd wants its privilege separation folder.
        if getuid() == 0 { mkdir("/run/sshd", 0o755) }

        logPath = folder.path("sshd.log")
        var attempt = 0
        while true {
            let port = try Self.freePort()
            let global = """
                ListenAddress 127.0.0.1:\(port)
                HostKey \(folder.path("host_key"))
                PidFile \(folder.path("sshd.pid"))
                UsePAM no
                StrictModes no
                PermitUserEnvironment no

                """
            let config = try folder.file("sshd_config", contents: global + recipe)
            let pid = try Self.start(config: config, log: logPath)
            switch Self.waitUntilListening(pid, port: port, log: logPath) {
            case .listening:
                (self.port, self.pid) = (port, pid)
                return
            case .portTaken where attempt < 5:
                // Another test took the port between its release and sshd's bind.
                attempt += 1
            case .portTaken, .failed:
                kill(pid, SIGKILL)
                _ = Spawn.waitForExit(pid, timeout: .seconds(10))
                throw SpawnError("sshd did not start: \(Files.text(logPath))", 0)
            }
        }
    }

    /// Stops every process of sshd's sessions (each connection's sshd and its `mppdash`), then
    /// sshd, which reaps them, so that nothing a test started outlives it.
    deinit {
        let sessions = processes()
        for process in sessions { kill(process, SIGTERM) }
        let deadline = ContinuousClock.now + .seconds(5)
        while sessions.contains(where: Self.isRunning), ContinuousClock.now < deadline { _ = poll(nil, 0, 10) }
        for process in sessions where Self.isRunning(process) { kill(process, SIGKILL) }
        kill(pid, SIGTERM)
        if Spawn.waitForExit(pid, timeout: .seconds(10)) == nil {
            kill(pid, SIGKILL)
            _ = Spawn.waitForExit(pid, timeout: .seconds(10))
        }
    }

    /// What sshd logged so far.
    var log: String { Files.text(logPath) }

    /// `ssh` to this server as the test's user with the client key, and `command` after the
    /// destination. No configuration file, no agent, no known hosts, no prompts; `LANG` goes
    /// with the session (`SendEnv`, which the recipe's `AcceptEnv` takes). `options` come first:
    /// for ssh the first value of an option wins.
    func client(_ options: [String] = [], command: [String] = []) -> [String] {
        [OpenSSH.ssh ?? "ssh"] + options
            + ["-F", "/dev/null", "-i", clientKey, "-p", "\(port)",
               "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
               "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes", "-o", "SendEnv=LANG", "\(user)@127.0.0.1"]
            + command
    }

    /// The client's environment: a UTF-8 locale, an xterm, and the scratch folder as `HOME`.
    var clientEnvironment: [String: String] {
        MPPDash.environment(["HOME": folder.path])
    }

    /// The processes below sshd: each connection's own sshd and what its session runs.
    func processes() -> [pid_t] {
        var children: [pid_t: [pid_t]] = [:]
        for (process, parent) in Self.parents() { children[parent, default: []].append(process) }
        var found: [pid_t] = []
        var next = children[pid] ?? []
        while let process = next.popLast() {
            found.append(process)
            next += children[process] ?? []
        }
        return found
    }

    /// Waits until sshd has no session process left: true when none is left within `timeout`.
    func waitUntilNoSessions(timeout: Duration = .seconds(10)) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while !processes().isEmpty {
            if ContinuousClock.now >= deadline { return false }
            _ = poll(nil, 0, 10)
        }
        return true
    }

    /// Waits until sshd's log holds `text`.
    func waitForLog(_ text: String, timeout: Duration = .seconds(10)) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while !log.contains(text) {
            if ContinuousClock.now >= deadline { return false }
            _ = poll(nil, 0, 10)
        }
        return true
    }

    // MARK: Starting

    private enum Start {
        case listening, portTaken, failed
    }

    private static func start(config: String, log: String) throws -> pid_t {
        // sshd re-executes itself for each connection, so it must be started by absolute path.
        try Spawn.locked {
            try Spawn.spawn([OpenSSH.sshd ?? "/usr/sbin/sshd", "-D", "-e", "-f", config], environment: Spawn.baseEnvironment,
                            newSession: true) { actions in
                posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
                posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
                posix_spawn_file_actions_addopen(&actions, 2, log, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            }
        }
    }

    /// Waits for sshd's "Server listening on 127.0.0.1 port N.", or its end.
    private static func waitUntilListening(_ pid: pid_t, port: Int, log: String) -> Start {
        let deadline = ContinuousClock.now + .seconds(10)
        while true {
            let text = Files.text(log)
            if text.contains("Server listening on 127.0.0.1 port \(port).") { return .listening }
            if text.contains("Bind to port \(port) on 127.0.0.1 failed") || text.contains("Address already in use") {
                _ = Spawn.waitForExit(pid, timeout: .seconds(10))
                return .portTaken
            }
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid || ContinuousClock.now >= deadline { return .failed }
            _ = poll(nil, 0, 10)
        }
    }

    /// A loopback port that was free a moment ago (the kernel picks it).
    static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw SpawnError("socket") }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                bind(socket, address, length) == 0 && getsockname(socket, address, &length) == 0
            }
        }
        guard bound else { throw SpawnError("bind") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    // MARK: Processes

    /// Every process's parent, from /proc.
    private static func parents() -> [(pid_t, pid_t)] {
        guard let proc = opendir("/proc") else { return [] }
        defer { closedir(proc) }
        var result: [(pid_t, pid_t)] = []
        while let entry = readdir(proc) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard let process = pid_t(name), let parent = parent(of: process) else { continue }
            result.append((process, parent))
        }
        return result
    }

    /// The parent of a running process (field 4 of /proc/PID/stat); nil for a zombie or one gone.
    private static func parent(of process: pid_t) -> pid_t? {
        let stat = Files.text("/proc/\(process)/stat")
        guard let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 1, fields[0] != "Z" else { return nil }
        return pid_t(fields[1])
    }

    private static func isRunning(_ process: pid_t) -> Bool {
        parent(of: process) != nil
    }
}
