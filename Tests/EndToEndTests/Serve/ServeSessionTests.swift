import Glibc
import Testing

/// `mppdash serve` with the real OpenSSH client: the dashboard per session, read-only and editor
/// roles, live updates between sessions, and what a session leaves behind.
@Suite("mppdash serve: sessions", .enabled(if: ServeFixture.isAvailable))
struct ServeSessionTests {
    @Test func anAuthorizedKeyGetsTheDashboardOnItsOwnTerminalAndQuits() throws {
        let fixture = try ServeFixture()
        // An agent to forward, which the server must not take.
        let agentSocket = fixture.folder.path("agent.sock")
        let agent = try Spawn.locked {
            try Spawn.spawn(["ssh-agent", "-D", "-a", agentSocket], environment: Spawn.baseEnvironment, newSession: true) { actions in
                for descriptor: Int32 in 0...2 { posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", O_RDWR, 0) }
            }
        }
        defer {
            kill(agent, SIGTERM)
            _ = Spawn.waitForExit(agent, timeout: .seconds(5))
            unlink(agentSocket)
        }
        let deadline = ContinuousClock.now + .seconds(10)
        while access(agentSocket, F_OK) != 0 && ContinuousClock.now < deadline { _ = poll(nil, 0, 10) }
        let client = try fixture.ssh("viewer_key", ["-tt", "-A", "-o", "SendEnv=LANG COLORTERM", "-o", "SetEnv=COLORTERM=truecolor SECRET=1"],
                                     environment: ["SSH_AUTH_SOCK": agentSocket])
        MPPDash.expectOverview(client)
        let started = try #require(fixture.waitForLog("session started"))
        #expect(started.contains("user=budi@laptop") && started.contains("read-only=true") && started.contains("size=120x40"), "\(started)")
        let dashboard = try #require(fixture.latestDashboardPID())

        // Its own process on its own terminal, with the client's terminal type and locale and
        // nothing else of the client's or the server's environment.
        let environment = Set(Files.text("/proc/\(dashboard)/environ").split(separator: "\0").map(String.init))
        #expect(environment.contains("TERM=xterm-256color") && environment.contains("LANG=C.UTF-8") && environment.contains("COLORTERM=truecolor"),
                "\(environment)")
        #expect(!environment.contains { $0.hasPrefix("SECRET=") || $0.hasPrefix("SSH_AUTH_SOCK=") }, "\(environment)")
        let arguments = Files.text("/proc/\(dashboard)/cmdline").split(separator: "\0").map(String.init)
        #expect(Array(arguments.dropFirst()) == ["--snapshot", fixture.snapshot, "--user", "budi@laptop", "--read-only"])
        let stat = Files.text("/proc/\(dashboard)/stat")
        let fields = stat[stat.index(after: try #require(stat.lastIndex(of: ")")))...].split(separator: " ")
        #expect(fields[2] == "\(dashboard)" && fields[3] == "\(dashboard)", "process group and session of its own: \(stat)")
        #expect(fields[4] != "0", "a controlling terminal: \(stat)")

        // A resize reaches it through window-change: it draws on the 50th row, which it had not.
        client.resize(columns: 130, rows: 50)
        #expect(client.waitFor("\u{1B}[50;"), "\(client.recent)")
        client.write("Q")
        #expect(client.waitForExit() == .exited(0))
        #expect(fixture.waitForLog("status=\"exit 0\"") != nil, "\(fixture.log)")
    }

    @Test func aReadOnlyKeyCannotEditAndWritesNothingWhileAnEditorKeyCan() throws {
        let fixture = try ServeFixture()
        let before = Files.text(fixture.snapshot)
        let viewer = try fixture.ssh("viewer_key", ["-tt"])
        MPPDash.expectOverview(viewer)
        viewer.write("a")
        #expect(viewer.waitFor("Dasbor dibuka hanya baca"), "\(viewer.recent)")
        viewer.write("\u{13}")  // Ctrl-S
        viewer.write("Q")
        #expect(viewer.waitForExit() == .exited(0))
        #expect(Files.text(fixture.snapshot) == before)
        #expect(!fixture.folder.names().contains { $0.hasPrefix("rollout.json.") && $0 != "rollout.json.lock" }, "\(fixture.folder.names())")

        let editor = try fixture.ssh("editor_key", ["-tt"])
        MPPDash.expectOverview(editor)
        #expect(fixture.waitForLog("role=editor") != nil)
        editor.write("a")
        editor.write("\r")
        #expect(editor.waitFor("Total MPP"), "\(editor.recent)")
    }

    @Test func anEditorsSaveReachesAViewersScreen() throws {
        let fixture = try ServeFixture()
        let viewer = try fixture.ssh("viewer_key", ["-tt"])
        MPPDash.expectOverview(viewer)
        let editor = try fixture.ssh("editor_key", ["-tt"])
        MPPDash.expectOverview(editor)
        editor.write("a")
        editor.write("\r")
        #expect(editor.waitFor("Total MPP"))
        editor.write("2026-03-10\t314\t\t\t")
        editor.write("\u{1B}OC")  // → as the keypad mode of xterm sends it
        editor.write("\u{1B}OC")
        editor.write("\thttps://menpan.go.id/site/berita-terkini/peresmian-mpp-2026")
        #expect(editor.waitFor("sumber baru"), "\(editor.recent)")
        editor.write("\tPeresmian MPP 10 Maret 2026\r")
        #expect(editor.waitFor("belum disimpan (1)"), "\(editor.recent)")
        editor.write("\u{13}")
        #expect(editor.waitFor("(revisi 1)"), "\(editor.recent)")
        // Drawn as a change of the screen before it: the new share of 509 (314 MPPs), then the notice.
        #expect(viewer.waitFor("61,7% dari 509"), "the viewer did not show the save: \(viewer.recent)")
        #expect(viewer.waitFor("dimuat ulang (revisi 1)"), "\(viewer.recent)")
        let history = Files.text(fixture.snapshot + ".history.jsonl")
        #expect(history.contains("\"sari\""), "the audit log names the editor by the key's comment: \(history.prefix(300))")
    }

    @Test func aClientThatDisconnectsLeavesNoProcessBehind() throws {
        let fixture = try ServeFixture()
        let client = try fixture.ssh("viewer_key", ["-tt"])
        MPPDash.expectOverview(client)
        let dashboard = try #require(fixture.latestDashboardPID())
        kill(client.pid, SIGKILL)
        #expect(client.waitForExit() == .signaled(SIGKILL))
        let ended = fixture.waitForLog("session ended")
        #expect(ended?.contains("pid=\(dashboard)") == true && ended?.contains("exit 129") == true, "\(fixture.log)")
        #expect(access("/proc/\(dashboard)", F_OK) != 0, "the dashboard is still there (a zombie?)")
        #expect(fixture.serverChildren().isEmpty)
    }

    @Test func stoppingTheServerEndsSessionsWithTheirTerminalsRestored() throws {
        let fixture = try ServeFixture()
        let client = try fixture.ssh("viewer_key", ["-tt"])
        MPPDash.expectOverview(client)
        let dashboard = try #require(fixture.latestDashboardPID())
        #expect(fixture.stop() == .exited(0))
        #expect(client.waitFor("the server is stopping"), "\(client.recent)")
        #expect(client.waitForExit() != nil)
        expectRestored(client)
        #expect(access("/proc/\(dashboard)", F_OK) != 0)
        #expect(fixture.log.contains("stopped"))
    }

    @Test func beyondMaxSessionsAPoliteRefusalAndAnIdleSessionEnds() throws {
        let fixture = try ServeFixture(["--max-sessions", "1", "--idle-timeout", "3s"])
        let first = try fixture.ssh("viewer_key", ["-tt"])
        MPPDash.expectOverview(first)
        let second = try fixture.ssh("editor_key", ["-tt"])
        #expect(second.waitFor("the server is full (limit: 1 sessions)"), "\(second.recent)")
        #expect(second.waitForExit() == .exited(1))
        // The dashboard redraws its clock, but only input counts: with none, the session ends.
        #expect(first.waitFor("session closed: no input for 3s", timeout: .seconds(20)), "\(first.recent)")
        #expect(first.waitForExit() != nil)
        expectRestored(first)
    }
}
