import Localization
import RolloutData
import TerminalCanvas

/// The parts every screen shares: the title bar with the screen tabs and the as-of date, the
/// status bar, and the key hints.
enum Chrome {
    /// "MPP Dashboard  1 Ringkasan  2 Provinsi            Per tanggal 8 Agu 2026" on row 0.
    static func drawTitleBar(_ state: DashboardState, in grid: inout CellGrid) {
        let language = state.language
        grid.fill(Rect(x: 0, y: 0, width: grid.width, height: 1), role: .title)
        let date = "\(language.text(.asOf)) \(language.date(state.asOf))"
        let dateWidth = DisplayWidth.of(date)
        var x = 1
        x += grid.write(language.text(.appTitle), x: x, y: 0, role: .title, maxWidth: grid.width - dateWidth - 3)
        let tabs = Screen.allCases.map { (screen: $0, text: " \($0.number) \(language.text($0.title)) ") }
        let room = grid.width - dateWidth - 2 - x
        let allFit = tabs.reduce(0) { $0 + 1 + DisplayWidth.of($1.text) } <= room
        for tab in tabs where allFit || tab.screen == state.screen {
            guard x + 1 + DisplayWidth.of(tab.text) <= grid.width - dateWidth - 2 else { break }
            x += 1
            x += grid.write(tab.text, x: x, y: 0, role: tab.screen == state.screen ? .selected : .muted)
        }
        if dateWidth + 2 <= grid.width {
            grid.write(date, x: grid.width - dateWidth - 1, y: 0, role: .title)
        }
    }

    /// The status bar on the second-to-last row: any terminal notice first, then the data source.
    static func drawStatusBar(_ state: DashboardState, right: String, in grid: inout CellGrid) {
        let language = state.language
        let source = "\(language.text(.dataSource)): \(state.store.origin.name)\(state.glyphs.separator)\(language.text(.revision)) \(state.store.snapshot.revision)"
        let left = (state.notices.map { text(of: $0, language) } + [source]).joined(separator: state.glyphs.separator)
        StatusBar.draw(left: left, right: right, in: &grid, Rect(x: 0, y: grid.height - 2, width: grid.width, height: 1),
                       glyphs: state.glyphs)
    }

    /// The key hints on the last row, from the key-binding table.
    static func drawKeyHints(_ state: DashboardState, in grid: inout CellGrid) {
        KeyHints.draw(KeyBindings.footerHints(state.language, glyphs: state.glyphs), in: &grid,
                      Rect(x: 1, y: grid.height - 1, width: grid.width - 1, height: 1))
    }

    static func text(of notice: TerminalNotice, _ language: Language) -> String {
        switch notice {
        case .termFallback(let requested, let used): return language.text(.noticeTermFallback, requested, used)
        case .asciiGlyphs(let codeset): return language.text(.noticeASCII, codeset)
        case .noColor: return language.text(.noticeNoColor)
        }
    }

    /// The body: everything between the title bar and the status bar.
    static func body(_ grid: CellGrid) -> Rect {
        Rect(x: 0, y: 1, width: grid.width, height: grid.height - 3)
    }
}

/// Shown instead of a screen when the window is below the minimum size.
enum TooSmallScreen {
    static func draw(_ state: DashboardState, in grid: inout CellGrid) {
        let language = state.language
        let lines = [
            language.text(.windowTooSmall),
            language.text(.windowNeeds, String(DashboardState.minimumWidth), String(DashboardState.minimumHeight),
                          String(state.width), String(state.height)),
            "q: \(language.text(.keyQuit))",
        ]
        let top = max(0, (grid.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let cut = line.truncated(toColumns: grid.width, ellipsis: state.glyphs.ellipsis)
            let x = max(0, (grid.width - DisplayWidth.of(cut)) / 2)
            grid.write(cut, x: x, y: top + offset, role: offset == 0 ? .warning : .text)
        }
    }
}
