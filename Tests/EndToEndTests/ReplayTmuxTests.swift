import Testing

/// `mppdash --replay` as a presenter runs it: it opens replaying, `+` speeds it up, it stops on
/// the data's date with today's figure, and Esc returns the dashboard to today.
@Suite("The replay in tmux", .enabled(if: Tmux.isInstalled))
struct ReplayTmuxTests {
    @Test func theReplayRunsToTheFinalFigure() throws {
        let tmux = try Tmux([MPPDash.executable, "--replay"], environment: ["LANG": "C.UTF-8"], columns: 120, rows: 40)
        expectScreen(tmux, "Putar ulang 1×")
        expectScreen(tmux, "belum ada MPP yang pasti sudah buka")
        tmux.sendKeys("+++", literal: true)
        expectScreen(tmux, "Putar ulang 8×")
        let (finished, screen) = tmux.waitUntil(timeout: .seconds(90)) { screen in
            screen.contains("Putar ulang selesai") && screen.contains("Dilaporkan KemenPAN-RB: 305 MPP")
        }
        #expect(finished, "the replay ends on the snapshot's figure:\n\(screen)")
        #expect(screen.contains("paling lambat 31 Jan 2026 — MPP Kabupaten Bekasi beroperasi"), "\(screen)")
        tmux.sendKeys("Escape")
        expectScreen(tmux, "Putar ulang diakhiri")
        quit(tmux)
    }
}
