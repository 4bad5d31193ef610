import ArgumentParser
import Dispatch
import Durations
import Glibc
import Logging
import NIOCore
import NIOPosix
import SSHServer

/// `mppdash serve` (this executable, which `mppdash serve` runs): the dashboard over SSH.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mppdash serve",
        abstract: "Serve the dashboard over SSH: every session gets its own mppdash on its own terminal.",
        discussion: """
            Public keys only (ssh-ed25519 and ECDSA) from the authorized_keys file; keys also in the editors \
            file may edit, all others see the dashboard with --read-only. The audit log names each user by the \
            comment of their key (else its fingerprint). Shell requests open the dashboard; exec requests \
            (ssh HOST COMMAND), subsystems (sftp), port and agent forwarding and X11 are refused. A shell needs \
            a terminal (ssh -t). SIGHUP reads the key files again (running sessions go on). Ctrl-C or \
            SIGTERM stops the server: sessions end with their terminals restored. Exits 1 when a key file or option is wrong, naming it.
            """
    )

    @Option(help: ArgumentHelp("Where to listen, HOST:PORT.", valueName: "host:port"))
    var listen = "127.0.0.1:2222"

    @Option(name: .customLong("authorized-keys"), help: ArgumentHelp("The keys that may log in, in OpenSSH's authorized_keys format.", valueName: "file"))
    var authorizedKeys: String

    @Option(help: ArgumentHelp("The keys (of the authorized ones) that may edit, same format.", valueName: "file"))
    var editors: String?

    @Option(name: .customLong("host-key"), help: ArgumentHelp("The server's Ed25519 host key: generated there (mode 600) on the first start, reused after (default: $XDG_CONFIG_HOME/mppdash/ssh_host_ed25519_key, ~/.config without XDG_CONFIG_HOME).", valueName: "file"))
    var hostKey: String?

    @Option(help: ArgumentHelp("The snapshot file every session opens (default: the built-in dataset, read-only for everyone).", valueName: "file"))
    var snapshot: String?

    @Option(name: .customLong("max-sessions"), help: ArgumentHelp("Sessions at once; one more is told the server is full.", valueName: "n"))
    var maxSessions = 100

    @Option(name: .customLong("idle-timeout"), help: ArgumentHelp("End a session after this long without a key from its client (s, m or h; 0 never).", valueName: "duration"))
    var idleTimeout = "15m"

    @Option(name: .customLong("login-grace-time"), help: ArgumentHelp("Close a connection that has not authenticated within this time.", valueName: "duration"))
    var loginGraceTime = "30s"

    @Option(name: .customLong("max-auth-failures"), help: ArgumentHelp("Failed authentications an address may have within a minute before it is refused for the rest of it.", valueName: "n"))
    var maxAuthFailures = 10

    @Option(help: ArgumentHelp("Append the log to this file instead of standard error.", valueName: "file"))
    var log: String?

    @Option(help: ArgumentHelp("The mppdash executable each session runs (default: the one beside this program).", valueName: "path"))
    var dashboard: String?

    func validate() throws {
        guard maxSessions >= 1 else { throw ValidationError("--max-sessions: expected a number of 1 or more, found \(maxSessions)") }
        guard maxAuthFailures >= 1 else { throw ValidationError("--max-auth-failures: expected a number of 1 or more, found \(maxAuthFailures)") }
    }

    func run() throws {
        do {
            try serve()
        } catch let error as ServeError {
            LogDestination.standardError.write("mppdash serve: \(error)")
            throw ExitCode.failure
        }
    }

    private func serve() throws {
        let destination = try log.map { (path) throws(ServeError) in try LogDestination(file: path) } ?? .standardError
        let logger = Logger(label: "mppdash-serve") { _ in LineLogHandler(destination: destination) }
        let (host, port) = try ListenAddress.parse(listen)
        let environment = Self.environment()
        let executable = dashboard ?? Self.besideThisProgram("mppdash")
        guard access(executable, X_OK) == 0 else {
            throw ServeError("cannot run the dashboard \(executable): \(String(cString: strerror(errno))) (give it with --dashboard)")
        }
        if let snapshot, access(snapshot, R_OK) != 0 {
            throw ServeError("--snapshot: cannot read \(snapshot): \(String(cString: strerror(errno)))")
        }
        let configuration = ServeConfiguration(
            host: host, port: port, authorizedKeysFile: authorizedKeys, editorsFile: editors,
            hostKeyFile: try hostKey ?? Self.defaultHostKey(environment),
            launch: DashboardLaunch(executable: executable, snapshot: snapshot, environment: environment),
            maxSessions: maxSessions, idleTimeout: try DurationText.parse(idleTimeout, option: "--idle-timeout"),
            loginGraceTime: try DurationText.parse(loginGraceTime, option: "--login-grace-time") ?? .seconds(30),
            maxAuthFailures: maxAuthFailures)

        let group = MultiThreadedEventLoopGroup(numberOfThreads: System.coreCount)
        let server = try DashboardServer(configuration: configuration, group: group, logger: logger)
        do {
            _ = try server.start()
        } catch {
            throw ServeError("cannot listen on \(listen): \(error)")
        }
        let stopped = Self.stopOnSignals(server, eventLoop: group.next())
        let reload = Self.reloadOnHangUp(server)
        try stopped.wait()
        reload.cancel()
        try group.syncShutdownGracefully()
    }

    /// Ctrl-C and SIGTERM stop the server (each once; a second one of either ends it at once).
    private static func stopOnSignals(_ server: DashboardServer, eventLoop: any EventLoop) -> EventLoopFuture<Void> {
        let promise = eventLoop.makePromise(of: Void.self)
        let queue = DispatchQueue(label: "mppdash-serve.signals")
        var sources: [any DispatchSourceSignal] = []
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler {
                for source in sources { source.cancel() }
                for signalNumber in [SIGINT, SIGTERM] { signal(signalNumber, SIG_DFL) }
                server.stop().cascade(to: promise)
            }
            sources.append(source)
        }
        sources.forEach { $0.resume() }
        return promise.futureResult
    }

    /// SIGHUP reads the key files again.
    private static func reloadOnHangUp(_ server: DashboardServer) -> any DispatchSourceSignal {
        signal(SIGHUP, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGHUP, queue: DispatchQueue(label: "mppdash-serve.reload"))
        source.setEventHandler { server.reloadKeys() }
        source.resume()
        return source
    }

    /// The environment of this process, as a dictionary.
    static func environment() -> [String: String] {
        var result: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            entry += 1
        }
        return result
    }

    /// `name` in the folder of this executable.
    static func besideThisProgram(_ name: String) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return name }
        let path = String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let slash = path.lastIndex(of: "/") else { return name }
        return path[...slash] + name
    }

    static func defaultHostKey(_ environment: [String: String]) throws(ServeError) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/mppdash/ssh_host_ed25519_key" }
        guard let home = environment["HOME"], !home.isEmpty else {
            throw ServeError("no HOME or XDG_CONFIG_HOME to keep the host key in; give it with --host-key")
        }
        return home + "/.config/mppdash/ssh_host_ed25519_key"
    }
}
