import Glibc
import Testing

/// The harness itself, on a program whose behaviour is known: it prints, reads a line, echoes it.
@Suite("End-to-end harness")
struct HarnessTests {
    static let echo = ["/bin/sh", "-c", "printf ready; read x; echo got $x"]

    @Test func runsAProgramOnAPseudoTerminal() throws {
        let terminal = try PseudoTerminal(Self.echo)
        #expect(terminal.waitFor("ready"))
        terminal.write("hello\r")
        #expect(terminal.waitFor("got hello"), "\(terminal.text)")
        #expect(terminal.waitForExit() == .exited(0))
        // The line discipline echoed the typed line (ICRNL turned \r into a newline).
        #expect(terminal.text.contains("hello\r\n"))
        let modes = terminal.modes()
        #expect(modes.c_lflag & tcflag_t(ICANON | ECHO | ISIG) == tcflag_t(ICANON | ECHO | ISIG))
        #expect(terminal.modesAreRestored)
    }

    @Test func changedModesAreSeen() throws {
        let terminal = try PseudoTerminal(["/bin/sh", "-c", "stty raw -echo; printf done"])
        #expect(terminal.waitFor("done"), "\(terminal.text.debugDescription)")
        #expect(terminal.waitForExit() == .exited(0))
        #expect(!terminal.modesAreRestored)
    }

    @Test func theTerminalIsTheControllingOne() throws {
        // Ctrl-C reaches the program as SIGINT only from its controlling terminal.
        let terminal = try PseudoTerminal(["/bin/sh", "-c", "printf ready; exec sleep 30"])
        #expect(terminal.waitFor("ready"))
        terminal.write("\u{03}")
        #expect(terminal.waitForExit() == .signaled(SIGINT))
    }

    @Test func resizesReachTheProgram() throws {
        let terminal = try PseudoTerminal(
            ["/bin/sh", "-c", "trap 'stty size; exit 0' WINCH; stty size; while :; do sleep 0.01; done"],
            columns: 80, rows: 24)
        #expect(terminal.waitFor("24 80"))
        terminal.resize(columns: 100, rows: 30)
        #expect(terminal.waitFor("30 100"), "\(terminal.text)")
        #expect(terminal.waitForExit() == .exited(0))
    }

    @Test func hangingUpEndsTheProgramsInput() throws {
        let terminal = try PseudoTerminal(["/bin/sh", "-c", "trap '' HUP; printf ready; read x; exit 7"])
        #expect(terminal.waitFor("ready"))
        terminal.hangUp()
        #expect(terminal.waitForExit() == .exited(7))
    }

    @Test(.enabled(if: Tmux.isInstalled)) func runsAProgramInTmux() throws {
        let tmux = try Tmux(Self.echo, environment: ["LANG": "C.UTF-8"], columns: 60, rows: 10)
        #expect(tmux.waitFor("ready").found)
        tmux.sendKeys("hello", literal: true)
        tmux.sendKeys("Enter")
        let (found, screen) = tmux.waitFor("[exit 0]")
        #expect(found, "\(screen)")
        #expect(screen.contains("readyhello\ngot hello\n[exit 0]"), "\(screen)")
        #expect(tmux.waitForExit() == 0)
        #expect(!tmux.alternateScreenOn)
        tmux.resize(columns: 40, rows: 8)
        #expect(tmux.format("#{window_width}x#{window_height}") == "40x8")
    }
}
