import Glibc
import Testing

/// What `mppdash serve` refuses, seen from the real OpenSSH client: unknown keys and other
/// authentication methods, commands, subsystems, forwarding; and what it withstands: garbage
/// on its port and connections that never finish their handshake.
@Suite("mppdash serve: refusals", .enabled(if: ServeFixture.isAvailable))
struct ServeSecurityTests {
    @Test func anUnknownKeyAndPasswordsAreRefused() throws {
        let fixture = try ServeFixture()
        let stranger = try fixture.ssh("stranger_key", ["-tt"])
        #expect(stranger.waitFor("Permission denied (publickey)"), "\(stranger.recent)")
        #expect(stranger.waitForExit() == .exited(255))
        #expect(fixture.waitForLog("refused key: not in the authorized keys") != nil, "\(fixture.log)")
        #expect(!fixture.log.contains("session started"))

        // SIGHUP reads the key files again: a key added is let in; a file gone wrong changes nothing.
        let keys = fixture.folder.path("authorized_keys")
        let strangerKey = try String(decoding: Files.bytes(fixture.folder.path("stranger_key.pub")), as: UTF8.self)
        _ = try fixture.folder.file("authorized_keys", contents: Files.text(keys) + strangerKey)
        let before = fixture.log.count
        kill(fixture.serverPID, SIGHUP)
        #expect(fixture.waitForLog("reloaded the keys keys=3", after: before) != nil, "\(fixture.log)")
        let admitted = try fixture.ssh("stranger_key", arguments: ["true"])
        #expect(admitted.waitFor("commands are not run here"), "authenticated, then refused the command: \(admitted.recent)")
        _ = try fixture.folder.file("authorized_keys", contents: "ssh-dss AAAA\n")
        kill(fixture.serverPID, SIGHUP)
        #expect(fixture.waitForLog("keeping the keys read before: \(keys):1: ssh-dss keys are not supported", after: before) != nil)

        // Only publickey is offered: a client that wants a password or keyboard-interactive has
        // nothing to try.
        let password = try fixture.ssh("viewer_key", ["-tt", "-v", "-o", "PreferredAuthentications=password,keyboard-interactive",
                                                      "-o", "LogLevel=DEBUG1"])
        #expect(password.waitFor("Authentications that can continue: publickey"), "\(password.recent)")
        #expect(password.waitFor("Permission denied (publickey)"), "\(password.recent)")
        #expect(!password.text.contains("can continue: publickey,"), "\(password.recent)")
        #expect(password.waitForExit() == .exited(255))
    }

    @Test func commandsSubsystemsAndForwardingAreRefused() throws {
        let fixture = try ServeFixture()
        let command = try fixture.ssh("viewer_key", arguments: ["cat", "/etc/passwd"])
        #expect(command.waitFor("commands are not run here"), "\(command.recent)")
        #expect(command.waitForExit() == .exited(1))
        #expect(!command.text.contains("root:"))
        #expect(fixture.waitForLog("refused exec request") != nil)

        let sftp = try fixture.ssh("viewer_key", ["-s"], arguments: ["sftp"])
        #expect(sftp.waitFor("subsystem request failed"), "\(sftp.recent)")
        #expect(sftp.waitForExit() == .exited(255))
        #expect(fixture.waitForLog("refused subsystem request") != nil)

        let remote = try fixture.ssh("viewer_key", ["-N", "-o", "ExitOnForwardFailure=yes", "-R", "127.0.0.1:0:127.0.0.1:\(fixture.port)"])
        #expect(remote.waitFor("remote port forwarding failed"), "\(remote.recent)")
        #expect(remote.waitForExit() == .exited(255))
        #expect(fixture.waitForLog("refused remote port forwarding") != nil)

        // -L: the client listens, but the channel it opens for a connection is refused.
        let port = try LoopbackConnection.freePort()
        let local = try fixture.ssh("viewer_key", ["-N", "-o", "LogLevel=DEBUG1", "-L", "127.0.0.1:\(port):127.0.0.1:\(fixture.port)"])
        #expect(local.waitFor("Local forwarding listening on 127.0.0.1 port \(port)"), "\(local.recent)")
        let socket = try LoopbackConnection(port: port)
        #expect(socket.waitForClose(), "the forwarded connection stayed open")
        #expect(fixture.waitForLog("refused port forwarding") != nil, "\(fixture.log)")
        #expect(local.waitFor("open failed"), "\(local.recent)")

        // X11: swift-nio-ssh 0.15.1 cannot read an x11-req and ends the connection; no dashboard starts.
        let x11 = try fixture.ssh("viewer_key", ["-tt", "-X"], environment: ["DISPLAY": ":99"])
        #expect(x11.waitForExit() == .exited(255))
        #expect(fixture.waitForLog("connection error: NIOSSHError.invalidPacketFormat") != nil, "\(fixture.log)")
        #expect(!fixture.log.contains("session started"))
    }

    @Test func garbageAndHalfOpenConnectionsDoNotDisturbASession() throws {
        let fixture = try ServeFixture(["--login-grace-time", "2s"])
        let client = try fixture.ssh("viewer_key", ["-tt"])
        MPPDash.expectOverview(client)

        let garbage = try LoopbackConnection(port: fixture.port)
        garbage.send(Array("GET / HTTP/1.1\r\nHost: x\r\n\r\n".utf8) + (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 37) })
        let halfOpen = try LoopbackConnection(port: fixture.port)
        halfOpen.send(Array("SSH-2.0-OpenSSH_9.2\r\n".utf8))
        #expect(garbage.waitForClose(), "the server kept a connection that sent garbage")

        client.write("2")
        #expect(client.waitFor("Provinsi"), "the session did not answer: \(client.recent)")
        // The connection that never authenticates is closed after the login grace time.
        #expect(halfOpen.waitForClose(timeout: .seconds(20)))
        #expect(fixture.waitForLog("not authenticated within 2s") != nil, "\(fixture.log)")
        client.write("Q")
        #expect(client.waitForExit() == .exited(0))
    }

    @Test func theHostKeyIsCreatedPrivateAndReusedAfterARestart() throws {
        let fixture = try ServeFixture()
        var info = stat()
        #expect(stat(fixture.hostKey, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
        let generated = try #require(fixture.waitForLog("generated the host key"))
        let knownHosts = fixture.folder.path("known_hosts")
        let first = try PseudoTerminal(fixture.sshCommand("viewer_key", ["-o", "UserKnownHostsFile=\(knownHosts)", "-o", "StrictHostKeyChecking=accept-new"]) + ["true"])
        #expect(first.waitForExit() == .exited(1))

        fixture.stop()
        let before = fixture.log.count
        try fixture.start()
        let reused = try #require(fixture.waitForLog("host key", after: before))
        #expect(!reused.contains("generated"))
        #expect(reused.split(separator: " ").last == generated.split(separator: " ").last)
        // known_hosts names the host by its port, which changed: the key is what must match.
        let line = Files.text(knownHosts).split(separator: " ", maxSplits: 1)
        _ = try fixture.folder.file("known_hosts2", contents: "[127.0.0.1]:\(fixture.port) \(line[1])")
        let second = try PseudoTerminal(fixture.sshCommand("viewer_key", ["-o", "UserKnownHostsFile=\(fixture.folder.path("known_hosts2"))", "-o", "StrictHostKeyChecking=yes"]) + ["true"])
        #expect(second.waitFor("commands are not run here"), "\(second.recent)")
        #expect(second.waitForExit() == .exited(1))
    }
}

/// A plain TCP connection to a loopback port, for what no SSH client sends.
final class LoopbackConnection {
    private let descriptor: Int32

    init(port: Int) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(descriptor)
            throw SpawnError("connect to 127.0.0.1:\(port)")
        }
    }

    deinit {
        close(descriptor)
    }

    /// A loopback port that was free a moment ago (bound to port 0, then closed).
    static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0
            }
        }
        guard bound else { throw SpawnError("bind to a free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    func send(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// Reads (and drops) what arrives until the other side closes; false if it is still open
    /// after `timeout`.
    func waitForClose(timeout: Duration = .seconds(10)) -> Bool {
        let deadline = ContinuousClock.now + timeout
        var buffer = [UInt8](repeating: 0, count: 4096)
        while ContinuousClock.now < deadline {
            var descriptor = pollfd(fd: self.descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, PseudoTerminal.milliseconds(deadline - ContinuousClock.now)) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { recv(self.descriptor, $0.baseAddress, $0.count, 0) }
            if count <= 0 { return true }
        }
        return false
    }
}
