import Glibc
import Testing

/// The OpenSSH recipe of docs/ssh.md, as officials meet it: OpenSSH's own `sshd`, started by the
/// test on a loopback port with the document's `sshd_config` block, and OpenSSH's `ssh` on a
/// pseudo-terminal (or in tmux, to read the screen). A viewer gets the read-only dashboard, which
/// follows keys and resizes and gives the terminal back; nothing else is to be had (no dashboard
/// without a terminal, no command, no password, no forwarding); an editor's save lands in the
/// audit log under their account and reaches a viewer.
@Suite("The OpenSSH recipe", .enabled(if: OpenSSH.isInstalled, "needs sshd, ssh and ssh-keygen (apt-get install openssh-server openssh-client)"))
struct OpenSSHRecipeTests {
    /// `ssh -tt`: the Overview, read-only and in UTF-8 (`LANG` came through `AcceptEnv`); a key
    /// moves the selection; a resize of the client's window reaches the remote dashboard as a
    /// window change and it redraws at the new size; `Q` quits with exit 0 and the client's
    /// terminal restored; the session's processes are gone.
    @Test func aViewerSeesTheOverviewMovesResizesAndQuits() throws {
        let folder = try ScratchFolder.withSnapshot()
        let server = try SSHServer(role: .viewer, snapshot: folder.snapshot, folder: folder)
        let terminal = try PseudoTerminal(server.client(["-tt"]), environment: server.clientEnvironment, columns: 120, rows: 40)
        MPPDash.expectOverview(terminal)
        #expect(terminal.text.contains("hanya baca"), "not read-only: \(terminal.recent)")
        #expect(TerminalOutput.visibleText(terminal.output).contains("┌ Cakupan nasional ─"), "not UTF-8: \(terminal.recent)")

        terminal.write("2")
        #expect(terminal.waitFor("▶11   Aceh"), "\(terminal.recent)")
        terminal.write("\u{1B}OF")
        #expect(terminal.waitFor("▶96   Papua Barat Daya"), "\(terminal.recent)")

        terminal.resize(columns: 60, rows: 20)
        #expect(terminal.waitFor("›"), "no 60-column table: \(terminal.recent)")
        terminal.resize(columns: 120, rows: 40)
        #expect(terminal.waitFor("Digital"), "no 120-column table: \(terminal.recent)")

        terminal.write("Q")
        #expect(terminal.waitForExit() == .exited(0), "\(terminal.recent)")
        expectRestored(terminal)
        #expect(server.waitUntilNoSessions(), "left running: \(server.processes())")
    }

    /// Without a pseudo-terminal (`ssh -T`, or a command, for which ssh asks none) the forced
    /// command still runs, and the dashboard says it needs a terminal and exits 2; ssh exits
    /// with it. The client's command never runs.
    @Test(arguments: [(["-T"], []), ([], ["/bin/echo", "from-a-shell"])] as [([String], [String])])
    func withoutATerminalThereIsNoDashboard(options: [String], command: [String]) throws {
        let folder = try ScratchFolder.withSnapshot()
        let server = try SSHServer(role: .viewer, snapshot: folder.snapshot, folder: folder)
        let client = try PseudoTerminal(server.client(options, command: command), environment: server.clientEnvironment)
        #expect(client.waitForExit() == .exited(2), "\(client.recent)")
        #expect(client.text.contains("mppdash: the dashboard needs an interactive terminal"), "\(client.recent)")
        #expect(!client.text.contains("from-a-shell"), "\(client.recent)")
        #expect(!client.output.contains(0x1B), "escape sequences sent: \(client.recent)")
    }

    /// With a terminal (`-tt`), a command the client gives is ignored: the dashboard opens.
    @Test func aCommandOfTheClientOpensTheDashboard() throws {
        let folder = try ScratchFolder.withSnapshot()
        let server = try SSHServer(role: .viewer, snapshot: folder.snapshot, folder: folder)
        let terminal = try PseudoTerminal(server.client(["-tt"], command: ["/bin/sh", "-c", "echo from-a-shell; sleep 60"]),
                                          environment: server.clientEnvironment, columns: 120, rows: 40)
        MPPDash.expectOverview(terminal)
        terminal.write("Q")
        #expect(terminal.waitForExit() == .exited(0), "\(terminal.recent)")
        #expect(!terminal.text.contains("from-a-shell"), "\(terminal.recent)")
    }

    /// A client that offers only a password or keyboard-interactive is refused before any prompt:
    /// the server offers public keys alone.
    @Test func passwordsAreNotOffered() throws {
        let folder = try ScratchFolder.withSnapshot()
        let server = try SSHServer(role: .viewer, snapshot: folder.snapshot, folder: folder)
        let client = try PseudoTerminal(server.client(["-tt", "-o", "BatchMode=no", "-o", "PubkeyAuthentication=no",
                                                       "-o", "PreferredAuthentications=password,keyboard-interactive"]),
                                        environment: server.clientEnvironment)
        #expect(client.waitForExit() == .exited(255), "\(client.recent)")
        #expect(client.text.contains("Permission denied (publickey)."), "\(client.recent)")
        #expect(!client.text.lowercased().contains("password:"), "a password prompt: \(client.recent)")
    }

    /// `ssh -L`: the local end listens (that is the client's doing), but the server refuses to
    /// open the connection through it: what connects gets nothing and is closed, where a
    /// forward would have brought sshd's own greeting. `ssh -R`: the server refuses to listen.
    @Test func forwardingIsRefused() throws {
        let folder = try ScratchFolder.withSnapshot()
        let server = try SSHServer(role: .viewer, snapshot: folder.snapshot, folder: folder)
        let localPort = try SSHServer.freePort()
        let local = try PseudoTerminal(server.client(["-N", "-o", "ExitOnForwardFailure=yes",
                                                      "-L", "127.0.0.1:\(localPort):127.0.0.1:\(server.port)"]),
                                       environment: server.clientEnvironment)
        let connection = try #require(Self.connect(to: localPort), "ssh -L never listened: \(local.recent)")
        defer { close(connection) }
        #expect(Self.readUntilClosed(connection).isEmpty, "a forwarded connection reached sshd")
        #expect(server.waitForLog("refused local port forward"), "\(server.log)")

        let remote = try PseudoTerminal(server.client(["-N", "-o", "ExitOnForwardFailure=yes", "-R", "127.0.0.1:0:127.0.0.1:\(server.port)"]),
                                        environment: server.clientEnvironment)
        #expect(remote.waitForExit() == .exited(255), "\(remote.recent)")
        #expect(remote.text.contains("remote port forwarding failed"), "\(remote.recent)")
    }

    /// The connection drops (the client's terminal is gone): sshd ends the session and its
    /// dashboard, and nothing is left running.
    @Test func aDroppedConnectionLeavesNothingRunning() throws {
        let folder = try ScratchFolder.withSnapshot()
        let server = try SSHServer(role: .viewer, snapshot: folder.snapshot, folder: folder)
        let terminal = try PseudoTerminal(server.client(["-tt"]), environment: server.clientEnvironment, columns: 120, rows: 40)
        MPPDash.expectOverview(terminal)
        #expect(!server.processes().isEmpty)
        terminal.hangUp()
        #expect(terminal.waitForExit() != nil, "ssh still running after its terminal closed")
        #expect(server.waitUntilNoSessions(), "left running: \(server.processes())")
    }

    /// An editor (the recipe's editors' block) saves a new source over SSH: the audit log names
    /// the account and the client's address (`USER` and `SSH_CONNECTION`, as sshd sets them), and
    /// a viewer connected through the viewers' block sees the new revision.
    @Test(.enabled(if: Tmux.isInstalled)) func anEditorsSaveReachesAViewerAndTheAuditLog() throws {
        let folder = try ScratchFolder.withSnapshot()
        let editors = try SSHServer(role: .editor, snapshot: folder.snapshot, folder: ScratchFolder())
        let viewers = try SSHServer(role: .viewer, snapshot: folder.snapshot, folder: ScratchFolder())
        let environment = ["LANG": "C.UTF-8"]
        let editor = try Tmux(editors.client(["-tt"]), environment: environment.merging(["HOME": editors.folder.path]) { $1 },
                              columns: 120, rows: 40)
        let viewer = try Tmux(viewers.client(["-tt"]), environment: environment.merging(["HOME": viewers.folder.path]) { $1 },
                              columns: 120, rows: 40)
        expectScreen(editor, "revisi 0")
        expectScreen(viewer, "hanya baca")

        editor.sendKeys("a", literal: true)
        expectScreen(editor, "Ubah data")
        editor.sendKeys("j", "j", "j", "Enter")
        expectScreen(editor, "Penerbit")
        editor.sendKeys("https://example.go.id/berita/mpp-baru", literal: true)
        editor.sendKeys("Tab")
        editor.sendKeys("Berita MPP baru", literal: true)
        editor.sendKeys("Enter")
        expectScreen(editor, "belum disimpan")
        editor.sendKeys("C-s")
        expectScreen(editor, "(revisi 1)")
        expectScreen(viewer, "dimuat ulang (revisi 1)")

        let history = try MPPDash.output(["history", folder.snapshot])
        #expect(history.contains("· \(editors.user)@127.0.0.1 · revisi 1"), "\(history)")
        quit(editor, viewer)
    }

    // MARK: Helpers

    /// A connection to the loopback `port`, retried until something listens there (10 s).
    private static func connect(to port: Int) -> Int32? {
        let deadline = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < deadline {
            let connection = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard connection >= 0 else { return nil }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = UInt16(port).bigEndian
            let connected = withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    Glibc.connect(connection, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
                }
            }
            if connected { return connection }
            close(connection)
            _ = poll(nil, 0, 10)
        }
        return nil
    }

    /// What arrives on `connection` until the other side closes it (or 10 s pass).
    private static func readUntilClosed(_ connection: Int32) -> [UInt8] {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 256)
        let deadline = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < deadline {
            var descriptor = pollfd(fd: connection, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 100) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(connection, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            received += buffer[..<count]
        }
        return received
    }
}
