import Glibc
import Testing

/// Each frame reaches the terminal in one `write(2)`: over SSH every write can become a packet
/// of its own. The real `mppdash` runs under `strace` on a pseudo-terminal, and the writes to the
/// terminal are counted between the reads of the keys that caused them (the dashboard draws
/// nothing while idle, so one key is one frame).
@Suite("Writes per frame, counted with strace",
       .enabled(if: Strace.isUsable, "needs strace (apt-get install strace) and permission to trace (ptrace)"))
struct FrameWriteTests {
    @Test func eachFrameIsOneWrite() throws {
        let log = "/tmp/mppdash-frames-\(getpid()).strace"
        defer { unlink(log) }
        let terminal = try PseudoTerminal(Strace.arguments([MPPDash.executable], log: log),
                                          environment: MPPDash.environment(), columns: 120, rows: 40)
        MPPDash.expectOverview(terminal)
        terminal.write("2")
        #expect(terminal.waitFor("▶11   Aceh"), "\(terminal.recent)")
        terminal.write("j")
        #expect(terminal.waitFor("▶12   Sumatera Utara"), "\(terminal.recent)")
        terminal.write("Q")
        #expect(terminal.waitForExit() == .exited(0), "\(terminal.recent)")

        let segments = Strace.writesBetweenKeys(Strace.calls(inLog: log))
        try #require(segments.count == 4, "expected the start and 3 keys, found \(segments.count) parts in \(log)")
        // Before the first key: curses' set-up, bracketed paste, perhaps a loading screen, and
        // the Overview, whose status bar (drawn last) must come in the same write as its first box.
        let overview = segments[0].filter { $0.line.contains("Cakupan nasional") }
        #expect(overview.count == 1 && overview.allSatisfy { $0.line.contains("revisi") },
                "the first frame took more than one write: \(segments[0].map(\.result))")
        for (key, writes) in zip(["2 (the Provinces)", "j (a one-row move)"], segments[1...2]) {
            #expect(writes.count == 1, "the frame after \(key) took \(writes.count) writes: \(writes.map(\.result))")
        }
    }
}
