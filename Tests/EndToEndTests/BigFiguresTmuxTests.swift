import Testing

/// The Overview in big figures in the real dashboard: `--big-figures` starts with it, `b` goes
/// back to the normal Overview and to the big figures again, each frame exactly what
/// `mppdash render` prints for it.
@Suite("Big figures in tmux", .enabled(if: Tmux.isInstalled))
struct BigFiguresTmuxTests {
    @Test func bigFiguresFromTheCommandLineAndTheKeyB() throws {
        let tmux = try Tmux([MPPDash.executable, "--big-figures"], environment: ["LANG": "C.UTF-8"], columns: 120, rows: 40)
        let big = try MPPDash.render("overview", columns: 120, rows: 40, options: ["--big-figures"])
        var (found, screen) = tmux.waitUntil { screenLines($0) == big }
        #expect(found, "the big figures differ from `mppdash render --big-figures`:\n\(screen)")
        #expect(screen.contains("┌ Angka besar ─") && screen.contains("MPP dilaporkan KemenPAN-RB per 15 Des 2025"), "\(screen)")

        tmux.sendKeys("b", literal: true)
        let overview = try MPPDash.render("overview", columns: 120, rows: 40)
        (found, screen) = tmux.waitUntil { screenLines($0) == overview }
        #expect(found, "the Overview differs from `mppdash render`:\n\(screen)")

        tmux.sendKeys("b", literal: true)
        (found, screen) = tmux.waitUntil { $0.contains("Angka besar: b untuk kembali ke Ringkasan biasa") }
        #expect(found, "\(screen)")
        #expect(Array(screenLines(screen).dropLast(2)) == Array(big.dropLast(2)), "the same big figures, the message in the status bar")

        tmux.sendKeys("Q", literal: true)
        #expect(tmux.waitForExit() == 0)
    }
}
