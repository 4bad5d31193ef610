import Glibc
import Testing

/// The real `mppdash` dashboard on a pseudo-terminal, as an official's SSH session runs it: it
/// starts, draws, follows keys and resizes, and always gives the terminal back.
///
/// The output is curses' byte stream of screen updates, not a screen: every needle is text that
/// ncurses writes in one piece (a changed row, a box title), and each wait is for the final
/// state after an input. `DashboardTmuxTests` checks what the screen looks like.
@Suite("Dashboard on a pseudo-terminal")
struct DashboardTerminalTests {
    // MARK: Drawing and keys

    @Test func firstFrameIsTheOverviewThenTwoShowsTheProvinces() throws {
        let terminal = try MPPDash.start()
        MPPDash.expectOverview(terminal)
        #expect(!terminal.text.contains("Sumatera Utara"), "a province row on the Overview: \(terminal.recent)")
        #expect(TerminalOutput.visibleText(terminal.output).contains("┌ Cakupan nasional ─"))
        terminal.write("2")
        #expect(terminal.waitFor("Sumatera Utara"), "\(terminal.recent)")
        quit(terminal)
    }

    @Test func tabAlsoShowsTheProvinces() throws {
        let terminal = try MPPDash.start()
        MPPDash.expectOverview(terminal)
        terminal.write("\t")
        #expect(terminal.waitFor("Sumatera Utara"), "\(terminal.recent)")
        quit(terminal)
    }

    /// End, Home and PgDn as xterm sends them in keypad mode (`kend`, `khome`, `knp`). Each
    /// waits for the row it selects: the selected row is redrawn whole, marker first.
    @Test func endHomeAndPageDownMoveTheSelection() throws {
        let terminal = try MPPDash.start()
        MPPDash.expectOverview(terminal)
        terminal.write("2")
        #expect(terminal.waitFor("▶11   Aceh"), "\(terminal.recent)")
        for (key, row) in [("\u{1B}OF", "▶96   Papua Barat Daya"), ("\u{1B}OH", "▶11   Aceh"),
                           ("\u{1B}[6~", "▶95   Papua Pegunungan")] {
            terminal.write(key)
            #expect(terminal.waitFor(row), "after \(key.debugDescription): \(terminal.recent)")
        }
        quit(terminal)
    }

    /// A resize (TIOCSWINSZ, so SIGWINCH) redraws at the new size: at 60 columns the table
    /// marks its hidden columns with "›"; at 120 the "Digital" column is back.
    @Test func redrawsAfterEachResize() throws {
        let terminal = try MPPDash.start()
        MPPDash.expectOverview(terminal)
        terminal.write("2")
        #expect(terminal.waitFor("Digital"), "\(terminal.recent)")
        terminal.resize(columns: 60, rows: 20)
        #expect(terminal.waitFor("›"), "no 60-column table: \(terminal.recent)")
        #expect(terminal.waitFor("1/38"), "\(terminal.recent)")
        terminal.resize(columns: 120, rows: 40)
        #expect(terminal.waitFor("Digital"), "no 120-column table: \(terminal.recent)")
        #expect(terminal.waitFor("1/38"), "\(terminal.recent)")
        quit(terminal)
    }

    // MARK: Locale, terminal type and colours

    /// Outside UTF-8 every byte is ASCII, boxes are `+-|`, and the status bar says why.
    @Test(arguments: [["LANG": "C"], ["LANG": nil, "LC_ALL": nil]] as [[String: String?]])
    func drawsASCIIOutsideAUTF8Locale(locale: [String: String?]) throws {
        let terminal = try MPPDash.start(environment: MPPDash.environment(locale))
        MPPDash.expectOverview(terminal, notice: "Locale bukan UTF-8 (ANSI_X3.4-1968): tampilan ASCII")
        quit(terminal)
        #expect(terminal.output.allSatisfy { $0 < 0x80 }, "non-ASCII output: \(terminal.recent)")
        #expect(TerminalOutput.visibleText(terminal.output).contains("+ Cakupan nasional -"))
    }

    @Test func asciiFlagDrawsASCIIWithoutTheLocaleNotice() throws {
        let terminal = try MPPDash.start(["--ascii"])
        MPPDash.expectOverview(terminal)
        quit(terminal)
        #expect(terminal.output.allSatisfy { $0 < 0x80 }, "non-ASCII output: \(terminal.recent)")
        #expect(TerminalOutput.visibleText(terminal.output).contains("+ Cakupan nasional -"))
        // The user asked for it: nothing to explain.
        #expect(!terminal.text.contains("Locale bukan UTF-8"))
    }

    /// vt100 has no colours and no alternate screen: the dashboard clears the screen on exit
    /// instead of leaving its last frame under the shell prompt.
    @Test func runsOnAVT100AndClearsTheScreenOnExit() throws {
        let terminal = try MPPDash.start(environment: MPPDash.environment(["TERM": "vt100"]))
        MPPDash.expectOverview(terminal)
        quit(terminal, .clearedScreen)
        #expect(!terminal.text.contains("\u{1B}[?1049h"))
        let styles = TerminalOutput.styles(terminal.output)
        #expect(!styles.colors && styles.bold && styles.reverse)
    }

    @Test func usesColoursOnXterm256() throws {
        let terminal = try MPPDash.start()
        MPPDash.expectOverview(terminal)
        quit(terminal)
        #expect(terminal.text.contains("\u{1B}[38;5;"), "no 256-colour foreground: \(terminal.recent)")
        #expect(TerminalOutput.styles(terminal.output).colors)
    }

    @Test func fallsBackFromAnUnknownTerminalType() throws {
        let terminal = try MPPDash.start(environment: MPPDash.environment(["TERM": "xterm-kitty-nonexistent"]))
        MPPDash.expectOverview(terminal, notice: "TERM xterm-kitty-nonexistent tidak dikenal, memakai xterm-256color")
        quit(terminal)
    }

    /// `TERM=dumb` cannot address the cursor: a message and exit 2, before curses touches the
    /// terminal.
    @Test func refusesADumbTerminal() throws {
        let terminal = try MPPDash.start(environment: MPPDash.environment(["TERM": "dumb"]))
        #expect(terminal.waitForExit() == .exited(2))
        #expect(terminal.text.contains("mppdash: the terminal type 'dumb' cannot move the cursor"),
                "\(terminal.recent)")
        #expect(!terminal.output.contains(0x1B), "escape sequences sent: \(terminal.text.debugDescription)")
        #expect(terminal.modesAreRestored)
    }

    /// `LINES` and `COLUMNS` exported by a shell go stale at the first resize: the size comes
    /// from the terminal. At 20×5 the dashboard would show "window too small".
    @Test func theTerminalSizeBeatsLinesAndColumns() throws {
        let terminal = try MPPDash.start(environment: MPPDash.environment(["LINES": "5", "COLUMNS": "20"]))
        MPPDash.expectOverview(terminal)
        quit(terminal)
    }

    /// With `TERM` unset nothing says what the terminal is (sshd sets it in every session that
    /// has a terminal): a message and exit 2, before curses sends anything.
    @Test func refusesToGuessWhenTERMIsUnset() throws {
        for term: String? in [nil, ""] {
            let terminal = try MPPDash.start(environment: MPPDash.environment(["TERM": term]))
            #expect(terminal.waitForExit() == .exited(2))
            #expect(terminal.text.contains("mppdash: TERM is not set, so the terminal's type is unknown"), "\(terminal.recent)")
            #expect(!terminal.output.contains(0x1B), "escape sequences sent: \(terminal.text.debugDescription)")
            #expect(terminal.modesAreRestored)
        }
    }

    /// Without colour, bold and reverse still carry the meaning.
    @Test func noColorKeepsBoldAndReverse() throws {
        let terminal = try MPPDash.start(environment: MPPDash.environment(["NO_COLOR": "1"]))
        MPPDash.expectOverview(terminal, notice: "NO_COLOR: tanpa warna")
        quit(terminal)
        let styles = TerminalOutput.styles(terminal.output)
        #expect(!styles.colors, "colour SGR under NO_COLOR: \(terminal.recent)")
        #expect(styles.bold && styles.reverse)
    }

    @Test func monoFlagKeepsBoldAndReverseWithoutTheNotice() throws {
        let terminal = try MPPDash.start(["--colors", "mono"])
        MPPDash.expectOverview(terminal)
        quit(terminal)
        let styles = TerminalOutput.styles(terminal.output)
        #expect(!styles.colors, "colour SGR with --colors mono: \(terminal.recent)")
        #expect(styles.bold && styles.reverse)
        #expect(!terminal.text.contains("NO_COLOR"))
    }

    // MARK: Ending

    @Test func ctrlCExits130() throws {
        let terminal = try MPPDash.start()
        MPPDash.expectOverview(terminal)
        let start = ContinuousClock.now
        terminal.write("\u{03}")
        #expect(terminal.waitForExit() == .exited(130))
        report("Ctrl-C", ContinuousClock.now - start)
        expectRestored(terminal)
    }

    @Test(arguments: [(SIGTERM, "SIGTERM"), (SIGHUP, "SIGHUP"), (SIGQUIT, "SIGQUIT")])
    func aSignalExitsWith128PlusItsNumber(signal: Int32, name: String) throws {
        let terminal = try MPPDash.start()
        MPPDash.expectOverview(terminal)
        let start = ContinuousClock.now
        kill(terminal.pid, signal)
        #expect(terminal.waitForExit() == .exited(128 + signal))
        report(name, ContinuousClock.now - start)
        expectRestored(terminal)
    }

    /// The SSH connection drops while SIGHUP is ignored (`nohup`, `trap '' HUP`): no signal
    /// comes, only a hung-up terminal, and the dashboard must notice it rather than wait or
    /// spin forever. The terminal is gone, so there is nothing to read back.
    @Test func exitsWhenTheTerminalGoesAwayWithSIGHUPIgnored() throws {
        let terminal = try PseudoTerminal(["/bin/sh", "-c", "trap '' HUP; exec \"$0\"", MPPDash.executable],
                                          environment: MPPDash.environment(), columns: 120, rows: 40)
        MPPDash.expectOverview(terminal)
        let start = ContinuousClock.now
        terminal.hangUp()
        let status = terminal.waitForExit(timeout: .seconds(2))
        let latency = ContinuousClock.now - start
        #expect(status == .exited(129), "still running 2 s after the hangup, or \(String(describing: status))")
        report("hangup with SIGHUP ignored", latency)
    }

    /// A Swift fatal error while the screen is open (`MPPDASH_TEST_CRASH=1`, a trigger for the
    /// tests only): the terminal is restored first, then the runtime's "Fatal error: …" reason
    /// is printed on the normal screen, not on the alternate one that the restore wipes, and
    /// `MPPDASH_LOG` gets it too. The Swift backtracer is off so that only the guard is tested.
    @Test func aCrashRestoresTheTerminalThenPrintsTheReason() throws {
        let folder = try ScratchFolder()
        let log = folder.path("crash.log")
        let terminal = try MPPDash.start(environment: MPPDash.environment(
            ["MPPDASH_TEST_CRASH": "1", "MPPDASH_LOG": log, "SWIFT_BACKTRACE": "enable=no"]))
        MPPDash.expectOverview(terminal)
        let status = terminal.waitForExit()
        #expect(status == .signaled(SIGILL) || status == .signaled(SIGTRAP), "\(String(describing: status))")
        expectRestored(terminal)
        let reason = "Fatal error: MPPDASH_TEST_CRASH is set: crashing after the first frame, for the tests"
        let left = try #require(TerminalOutput.lastRange(of: "\u{1B}[?1049l", in: terminal.output))
        let after = TerminalOutput.visibleText(Array(terminal.output[left.upperBound...]))
        #expect(after.contains(reason), "no reason after leaving the alternate screen: \(terminal.recent)")
        #expect(after.contains("mppdash: crashed with signal"), "\(terminal.recent)")
        let logged = try #require(fopen(log, "r"), "no log file \(log)")
        defer { fclose(logged) }
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = fread(&buffer, 1, buffer.count - 1, logged)
        let text = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #expect(text.contains(reason) && text.contains("mppdash: crashed with signal"), "\(text)")
    }

    // MARK: Helpers

    /// Types `q` and expects exit 0 with the terminal restored.
    private func quit(_ terminal: PseudoTerminal, _ restoring: Restoring = .alternateScreen,
                      sourceLocation: SourceLocation = #_sourceLocation) {
        terminal.write("Q")
        #expect(terminal.waitForExit() == .exited(0), "\(terminal.recent)", sourceLocation: sourceLocation)
        expectRestored(terminal, restoring, sourceLocation: sourceLocation)
    }

    /// Prints how long the dashboard took to exit: a measurement, not an assertion.
    private func report(_ cause: String, _ latency: Duration) {
        let (seconds, attoseconds) = latency.components
        let milliseconds = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        print("mppdash exit latency after \(cause): \((milliseconds * 10).rounded() / 10) ms")
    }
}
