import Testing

/// The real `mppdash` in tmux, a terminal emulator whose screen the tests read as text: boxes in
/// the right columns, nothing left behind by a resize, and the shell's screen back after `q`.
///
/// Each wait is for a final screen, mostly the very text `mppdash render` prints for the same
/// screen and size ("exactly as the dashboard draws it"), so a half-drawn frame never passes.
@Suite("Dashboard in tmux", .enabled(if: Tmux.isInstalled))
struct DashboardTmuxTests {
    static let utf8 = ["LANG": "C.UTF-8"]

    @Test func drawsTheOverviewThenTheProvincesAndRestoresTheScreen() throws {
        let tmux = try Tmux([MPPDash.executable], environment: Self.utf8, columns: 120, rows: 40)
        let overview = try MPPDash.render("overview", columns: 120, rows: 40)
        var (found, screen) = tmux.waitUntil { screenLines($0) == overview }
        #expect(found, "the Overview differs from `mppdash render`:\n\(screen)")

        // The national box spans the whole width: corners and sides in the first and last column.
        let lines = screenLines(screen)
        let top = try #require(lines.firstIndex { $0.hasPrefix("┌ Cakupan nasional ─") }, "\(screen)")
        let bottom = try #require(lines[top...].firstIndex { $0.hasPrefix("└") }, "\(screen)")
        #expect(Array(lines[top]).count == 120 && lines[top].hasSuffix("┐"))
        for line in lines[(top + 1)..<bottom] {
            #expect(Array(line).count == 120 && line.hasPrefix("│") && line.hasSuffix("│"), "\(line)")
        }
        #expect(Array(lines[bottom]).count == 120 && lines[bottom].hasSuffix("┘"))

        tmux.sendKeys("Tab")
        let provinces = try MPPDash.render("provinces", columns: 120, rows: 40)
        (found, screen) = tmux.waitUntil { screenLines($0) == provinces }
        #expect(found, "the Provinces screen differs from `mppdash render`:\n\(screen)")
        #expect(screen.contains(" Kode Provinsi "), "\(screen)")
        #expect(screen.contains("▶11   Aceh "), "\(screen)")
        #expect(screen.contains("1/38\n"), "\(screen)")

        tmux.sendKeys("Q", literal: true)
        #expect(tmux.waitForExit() == 0)
        #expect(!tmux.alternateScreenOn)
        #expect(!tmux.capture().contains("Cakupan"), "the dashboard left text on the shell's screen")
    }

    /// Shrinking to 60×20 and growing back each give exactly the frame for the new size: no
    /// characters left from the larger layout, the table header still there.
    @Test func keepsTheLayoutThroughResizes() throws {
        let tmux = try Tmux([MPPDash.executable], environment: Self.utf8, columns: 120, rows: 40)
        #expect(tmux.waitFor("Cakupan nasional").found)
        tmux.sendKeys("2", literal: true)
        let wide = try MPPDash.render("provinces", columns: 120, rows: 40)
        var (found, screen) = tmux.waitUntil { screenLines($0) == wide }
        #expect(found, "\(screen)")

        tmux.resize(columns: 60, rows: 20)
        let narrow = try MPPDash.render("provinces", columns: 60, rows: 20)
        (found, screen) = tmux.waitUntil { screenLines($0) == narrow }
        #expect(found, "the 60×20 screen differs from `mppdash render`:\n\(screen)")
        #expect(screen.contains(" Kode Provinsi ") && screen.contains("›"), "\(screen)")
        #expect(screenLines(screen).allSatisfy { Array($0).count <= 60 })

        tmux.resize(columns: 120, rows: 40)
        (found, screen) = tmux.waitUntil { screenLines($0) == wide }
        #expect(found, "the 120×40 screen after the resizes differs from `mppdash render`:\n\(screen)")

        tmux.sendKeys("Q", literal: true)
        #expect(tmux.waitForExit() == 0)
        #expect(!tmux.alternateScreenOn)
    }

    /// 100 KB pasted into the search (`paste-buffer -p` sends a bracketed paste, as a terminal
    /// does): the search takes its 4,096 bytes and says the rest was refused, the `q` and the
    /// line breaks in it are text, not keys, and the dashboard answers the very next keys.
    @Test func aHundredKilobytePasteIsTextAndTheDashboardStillAnswers() throws {
        let folder = try ScratchFolder()
        let paste = try folder.file("paste.txt", contents: String(repeating: "Papua Barat\nq\n", count: 7_700))
        let tmux = try Tmux([MPPDash.executable], environment: Self.utf8, columns: 120, rows: 40)
        #expect(tmux.waitFor("Cakupan nasional").found)
        tmux.sendKeys("2", literal: true)
        #expect(tmux.waitFor("1/38").found)
        tmux.sendKeys("/", literal: true)
        #expect(tmux.waitUntil { $0.contains("\n/▏") }.found, "no search prompt")
        try tmux.run(["load-buffer", paste])
        try tmux.run(["paste-buffer", "-p", "-t", "test"])
        var (found, screen) = tmux.waitFor("Teks terlalu panjang: paling banyak 4.096 byte")
        #expect(found, "\(screen)")
        #expect(screen.contains("\n/Papua Barat q Papua Barat q "), "\(screen)")

        tmux.sendKeys("Escape")
        tmux.sendKeys("4", literal: true)
        (found, screen) = tmux.waitFor("Total dilaporkan per akhir tahun")
        #expect(found, "the dashboard did not answer after the paste:\n\(screen)")
        tmux.sendKeys("Q", literal: true)
        #expect(tmux.waitForExit() == 0)
        #expect(!tmux.alternateScreenOn)
    }

    @Test func drawsASCIIBoxesUnderLangC() throws {
        let tmux = try Tmux([MPPDash.executable], environment: ["LANG": "C"], columns: 120, rows: 40)
        let (found, screen) = tmux.waitFor("Locale bukan UTF-8 (ANSI_X3.4-1968): tampilan ASCII")
        #expect(found, "\(screen)")
        let lines = screenLines(screen)
        let top = try #require(lines.firstIndex { $0.hasPrefix("+ Cakupan nasional ---") }, "\(screen)")
        #expect(Array(lines[top]).count == 120 && lines[top].hasSuffix("-+"), "\(lines[top])")
        #expect(lines[top + 1].hasPrefix("|") && lines[top + 1].hasSuffix("|"), "\(lines[top + 1])")
        #expect(screen.unicodeScalars.allSatisfy { $0.isASCII }, "\(screen)")
        tmux.sendKeys("Q", literal: true)
        #expect(tmux.waitForExit() == 0)
    }

    @Test func namesTheFallbackForAnUnknownTerminalType() throws {
        let tmux = try Tmux([MPPDash.executable], environment: ["LANG": "C.UTF-8", "TERM": "xterm-kitty-nonexistent"],
                            columns: 120, rows: 40)
        let (found, screen) = tmux.waitFor("TERM xterm-kitty-nonexistent tidak dikenal, memakai xterm-256color")
        #expect(found, "\(screen)")
        #expect(screen.contains("┌ Cakupan nasional ─"), "\(screen)")
        tmux.sendKeys("Q", literal: true)
        #expect(tmux.waitForExit() == 0)
        #expect(!tmux.alternateScreenOn)
    }

    @Test func refusesADumbTerminal() throws {
        let tmux = try Tmux([MPPDash.executable], environment: ["LANG": "C.UTF-8", "TERM": "dumb"],
                            columns: 120, rows: 40)
        #expect(tmux.waitForExit() == 2)
        let screen = tmux.capture()
        #expect(screen.contains("mppdash: the terminal type 'dumb' cannot move the cursor"), "\(screen)")
        #expect(!tmux.alternateScreenOn)
    }
}
