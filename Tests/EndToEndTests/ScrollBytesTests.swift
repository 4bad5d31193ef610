import Glibc
import Testing

/// A ↓ that scrolls a list sends what the new screen needs and not much more: the real
/// `mppdash` runs under `strace` on a pseudo-terminal at 120×40, the Regions list (514 rows, 36
/// on screen) is moved down row by row past its first screenful, and each key's frame (one
/// `write`, see `FrameWriteTests`) is weighed.
///
/// The bound, 3 bytes a column (360 at 120 columns): the terminal's scroll (a scroll region and
/// a line feed, about 25 bytes), the row that comes into view (its text, at most a byte a
/// column for this table with blanks skipped, and its colour changes, one per coloured column),
/// the selection leaving one row and reaching the next, and the position in the status bar.
/// Drawing the list again without the terminal's scroll costs thousands; the frame cost 405–445
/// bytes when every blank carried its column's colour and every run of colour ended in a full
/// attribute reset, and 312–337 since.
@Suite("Bytes of a scrolling move, counted with strace",
       .enabled(if: Strace.isUsable, "needs strace (apt-get install strace) and permission to trace (ptrace)"))
struct ScrollBytesTests {
    static let columns = 120
    static let boundPerColumn = 3

    @Test func aScrollingDownKeyStaysWithinItsBound() throws {
        let log = "/tmp/mppdash-scroll-\(getpid()).strace"
        defer { unlink(log) }
        let terminal = try PseudoTerminal(Strace.arguments([MPPDash.executable], log: log),
                                          environment: MPPDash.environment(), columns: Self.columns, rows: 40)
        MPPDash.expectOverview(terminal)
        terminal.write("3")
        #expect(terminal.waitFor("1/514"), "\(terminal.recent)")
        let moves = 40
        for _ in 0..<moves {
            let before = terminal.output.count
            terminal.write("j")
            #expect(terminal.waitForOutput(beyond: before), "no frame after j: \(terminal.recent)")
        }
        terminal.write("Q")
        #expect(terminal.waitForExit() == .exited(0), "\(terminal.recent)")

        let segments = Strace.writesBetweenKeys(Strace.calls(inLog: log))
        try #require(segments.count == moves + 3, "expected the start and \(moves + 2) keys, found \(segments.count) parts")
        let frames = segments[2..<(2 + moves)].map { writes in
            (bytes: writes.reduce(0) { $0 + $1.result }, scrolled: writes.contains { $0.line.contains(Self.fullScrollRegion) })
        }
        // The 36th move leaves the first screenful; from there on every move scrolls.
        let scrolling = frames.filter(\.scrolled)
        #expect(scrolling.count >= moves - 36, "moves that used the terminal's scroll: \(scrolling.count) of \(frames.map(\.bytes))")
        let bound = Self.boundPerColumn * Self.columns
        #expect(scrolling.allSatisfy { $0.bytes <= bound }, "bytes of the scrolling moves: \(scrolling.map(\.bytes)), bound \(bound)")
    }

    /// How ncurses ends a scroll on xterm: the scroll region set back to the whole screen, as
    /// strace prints it.
    static let fullScrollRegion = "\\33[1;40r"
}
