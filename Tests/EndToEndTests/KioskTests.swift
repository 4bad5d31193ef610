import Glibc
import Testing

/// The real `mppdash --kiosk`: in tmux, it goes through its screens by itself, ignores `q` and
/// Ctrl-C, and SIGTERM ends it with the terminal restored; on a traced pseudo-terminal, it writes
/// one frame per step and nothing in between.
///
/// The dashboard is started through a shell that writes its process id to a file and then
/// becomes it (`exec`), so that the test can send it SIGTERM.
enum KioskProcess {
    /// The screens' texts in the default order, each shown only by its screen (at 120×40, in
    /// Bahasa Indonesia): the Overview, the Map's legend, the first province's page, the Timeline.
    static let firstRound = ["Cakupan nasional", "Kab/kota per ", "Provinsi › Aceh", "Total dilaporkan per akhir tahun"]

    /// `arguments` of `mppdash`, run by a shell that first writes its process id to `pidFile`.
    static func command(_ arguments: [String], pidFile: String) -> [String] {
        ["/bin/sh", "-c", "echo $$ > \"$0\"; exec \"$@\"", pidFile, MPPDash.executable] + arguments
    }

    /// The process id written to `pidFile`, once it is there (10 s at most).
    static func pid(in pidFile: String) -> pid_t? {
        let deadline = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < deadline {
            if let pid = pid_t(Files.text(pidFile).filter(\.isNumber)), pid > 0 { return pid }
            _ = poll(nil, 0, 10)
        }
        return nil
    }
}

@Suite("The kiosk in tmux", .enabled(if: Tmux.isInstalled))
struct KioskTmuxTests {
    @Test func cyclesThroughItsScreensIgnoresQAndEndsOnSIGTERM() throws {
        let folder = try ScratchFolder()
        let pidFile = folder.path("pid")
        let tmux = try Tmux(KioskProcess.command(["--kiosk", "--cycle", "1s"], pidFile: pidFile), environment: ["LANG": "C.UTF-8"],
                            columns: 120, rows: 40)
        let pid = try #require(KioskProcess.pid(in: pidFile))
        for text in KioskProcess.firstRound { expectScreen(tmux, text) }
        expectScreen(tmux, "mode kios")

        // q, Q and Ctrl-C do nothing (not even a pause): the next round comes, with the next province.
        tmux.sendKeys("q", "Q", literal: true)
        tmux.sendKeys("C-c")
        let (found, screen) = tmux.waitUntil { $0.contains("Provinsi › ") && !$0.contains("Provinsi › Aceh") }
        #expect(found, "no second round:\n\(screen)")
        #expect(!screen.contains("[exit"), "\(screen)")

        kill(pid, SIGTERM)
        #expect(tmux.waitForExit() == 128 + SIGTERM)
        #expect(!tmux.alternateScreenOn)
        #expect(!tmux.capture().contains("Cakupan"), "the kiosk left text on the shell's screen")
    }

    @Test func quitsAtOnceOnQWithTheQuitKey() throws {
        let tmux = try Tmux([MPPDash.executable, "--kiosk", "--kiosk-quit-key", "--lang", "en"], environment: ["LANG": "C.UTF-8"],
                            columns: 120, rows: 40)
        expectScreen(tmux, "National coverage")
        expectScreen(tmux, "kiosk")
        tmux.sendKeys("2", literal: true)
        expectScreen(tmux, "kiosk paused: goes on 1m after the last key")
        tmux.sendKeys("q", literal: true)
        #expect(tmux.waitForExit() == 0)
        #expect(!tmux.alternateScreenOn)
    }
}

@Suite("The kiosk's writes, counted with strace",
       .enabled(if: Strace.isUsable, "needs strace (apt-get install strace) and permission to trace (ptrace)"))
struct KioskWriteTests {
    /// Each step is one write holding its screen, and nothing is written between two steps: the
    /// writes to the terminal after the first frame are the steps' frames, then the restore.
    @Test func eachStepIsOneWriteAndNothingComesBetween() throws {
        let folder = try ScratchFolder()
        let log = folder.path("trace"), pidFile = folder.path("pid")
        let terminal = try PseudoTerminal(Strace.arguments(KioskProcess.command(["--kiosk", "--cycle", "2s"], pidFile: pidFile), log: log),
                                          environment: MPPDash.environment(), columns: 120, rows: 40)
        let pid = try #require(KioskProcess.pid(in: pidFile))
        MPPDash.expectOverview(terminal)
        #expect(terminal.waitFor(KioskProcess.firstRound[3]), "no Timeline: \(terminal.recent)")
        kill(pid, SIGTERM)
        #expect(terminal.waitForExit() == .exited(128 + SIGTERM), "\(terminal.recent)")
        expectRestored(terminal)

        let writes = Strace.calls(inLog: log).filter { $0.path.hasPrefix("/dev/pts/") && $0.name == "write" }
        let first = try #require(writes.firstIndex { $0.line.contains(KioskProcess.firstRound[0]) }, "no Overview frame")
        // The restore begins with the cursor shown again, then leaves the alternate screen.
        let restore = try #require(writes[first...].firstIndex { $0.line.contains("\\33[?25h") || $0.line.contains("\\33[?1049l") },
                                   "no restore")
        let steps = writes[(first + 1)..<restore]
        // The Map, the province and the Timeline, and perhaps the next Overview before SIGTERM came.
        #expect((3...4).contains(steps.count), "writes between the first frame and the restore: \(steps.map(\.result))")
        for (write, text) in zip(steps, ["Kab/kota per ", "Aceh", "Total dilaporkan"]) {
            #expect(write.line.contains(text), "a step without its screen (\(text)): \(write.line.prefix(300))")
        }
    }
}
