import Localization
import RolloutData
import SnapshotTesting
import TerminalCanvas
import Testing
import ThemeCatalog
@testable import DashboardModel
@testable import DashboardScreens

/// Golden screens: the text of every screen with the role of every cell and what each role looks
/// like, at fixed sizes, glyph sets, colour depths and languages, on the built-in dataset.
/// `SNAPSHOT_TESTING_RECORD=all swift test` re-records them; review the diff before committing.
@Suite("Golden screens")
struct ScreenSnapshotTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var route: Route
        var width: Int
        var height: Int
        var ascii: Bool
        var depth: ColorDepth
        var language: Language

        var name: String {
            "\(route.name.replacingOccurrences(of: ":", with: "-"))-\(width)x\(height)-\(ascii ? "ascii" : "unicode")-\(depth.rawValue)-\(language.rawValue)"
        }

        var testDescription: String { name }
    }

    /// Every screen in both languages at 80×24, 120×40 and 200×60; the two first screens also
    /// in both glyph sets and three colour depths, and at 60×20; the map also in ASCII.
    static let cases: [Case] = {
        let routes: [Route] = Screen.allCases.map { .screen($0) } + [.province("73"), .province("31"), .region("73.06"), .region("35.20"), .mall("mpp-73.06"), .mall("mpp-31"), .help,
                                                                       .conflict("batch-2024-03-07"), .batch("2024-03-07")]
        var cases: [Case] = []
        for route in routes {
            for (width, height) in [(80, 24), (120, 40), (200, 60)] {
                for language in Language.allCases {
                    cases.append(Case(route: route, width: width, height: height, ascii: false, depth: .ansi256, language: language))
                }
            }
        }
        for route in [Route.screen(.overview), .screen(.provinces)] {
            for (width, height) in [(80, 24), (120, 40), (200, 60)] {
                for ascii in [false, true] {
                    for depth in [ColorDepth.mono, .ansi8, .ansi256] where !(depth == .ansi256 && !ascii) {
                        cases.append(Case(route: route, width: width, height: height, ascii: ascii, depth: depth, language: .indonesian))
                    }
                }
            }
            cases.append(Case(route: route, width: 60, height: 20, ascii: false, depth: .ansi256, language: .indonesian))
        }
        for (width, height) in [(80, 24), (120, 40), (200, 60)] {
            for language in Language.allCases {
                cases.append(Case(route: .screen(.map), width: width, height: height, ascii: true, depth: .ansi256, language: language))
            }
        }
        return cases
    }()

    let store: RolloutStore
    /// The day the golden screens take as today, more than 90 days after the data's newest fact.
    static let today = Day(year: 2026, month: 11, day: 29)!

    init() throws {
        store = try RolloutStore.builtin()
    }

    @Test(arguments: cases)
    func screen(_ testCase: Case) {
        let state = DashboardState(store: store, today: ScreenSnapshotTests.today, language: testCase.language, route: testCase.route, width: testCase.width,
                                   height: testCase.height, glyphs: testCase.ascii ? .ascii : .unicode)
        let grid = DashboardRenderer.render(state)
        assertSnapshot(of: GridSnapshot.text(grid, theme: .standard, depth: testCase.depth), as: .lines, named: testCase.name)
    }

    @Test func aWindowTooSmallSaysSo() {
        let state = DashboardState(store: store, today: ScreenSnapshotTests.today, screen: .provinces, width: 30, height: 8)
        let grid = DashboardRenderer.render(state)
        assertSnapshot(of: grid.text, as: .lines, named: "too-small-30x8")
    }

    @Test func anAsciiScreenHasOnlyAscii() {
        for screen in Screen.allCases {
            let state = DashboardState(store: store, today: ScreenSnapshotTests.today, screen: screen, width: 120, height: 40, glyphs: .ascii)
            let text = DashboardRenderer.render(state).text
            let nonASCII = text.unicodeScalars.filter { !$0.isASCII }
            #expect(nonASCII.isEmpty, "\(screen)")
        }
    }

    @Test func theStatusBarShowsTerminalNotices() {
        let state = DashboardState(store: store, today: ScreenSnapshotTests.today, width: 120, height: 30, glyphs: .ascii,
                                   notices: [.termFallback(requested: "xterm-kitty", used: "xterm-256color"), .asciiGlyphs(codeset: "ANSI_X3.4-1968")])
        let statusLine = DashboardRenderer.render(state).line(28)
        #expect(!statusLine.isEmpty)
        #expect(statusLine.contains("TERM xterm-kitty tidak dikenal, memakai xterm-256color"))
        #expect(statusLine.contains("Locale bukan UTF-8"))
    }
}

@Suite("Overlays on the screens")
struct OverlayTests {
    let store: RolloutStore

    init() throws {
        store = try RolloutStore.builtin()
    }

    func render(_ keys: [Key], from route: Route = .screen(.provinces)) -> String {
        var state = DashboardState(store: store, today: ScreenSnapshotTests.today, route: route, width: 80, height: 24)
        for key in keys { _ = Reducer.reduce(&state, key: key) }
        return DashboardRenderer.render(state).text
    }

    @Test func theFinderListsNamesWithTheirKindAndProvince() {
        let text = render([.character("/")] + "gowa".map { Key.character($0) }, from: .screen(.overview))
        assertSnapshot(of: text, as: .lines, named: "finder-gowa")
        #expect(text.contains("/gowa") && text.contains("Kab. Gowa · Kabupaten · Sulawesi Selatan"))
        #expect(!text.contains("mpp-73"))
    }

    @Test func theFinderNarrowsTheListAsYouType() {
        let text = render([.character("/")] + "sulsel".map { Key.character($0) })
        assertSnapshot(of: text, as: .lines, named: "finder-sulsel-provinces")
        #expect(text.contains("1/1"))
    }

    @Test func theSortMenuListsTheColumns() {
        let text = render([.character("o"), .down])
        assertSnapshot(of: text, as: .lines, named: "sort-menu")
        #expect(text.contains("Urutkan menurut") && text.contains("Cakupan"))
    }

    @Test func theFilterMenuShowsWhatIsOn() {
        let text = render([.character("f"), .down, .down, .down, .down, .down, .down, .character(" ")])
        assertSnapshot(of: text, as: .lines, named: "filter-menu-papua")
        #expect(text.contains("[x] Kelompok pulau: Papua"))
    }

    @Test func theFilterMenuScrollsToItsLastOptionAndKeepsItsHint() {
        let text = render([.character("f"), .end] + Array(repeating: .down, count: 80), from: .screen(.regions))
        assertSnapshot(of: text, as: .lines, named: "filter-menu-regions-last")
        #expect(text.contains("[ ] Portal: tidak diketahui"), "the last option")
        #expect(text.contains("Enter: terapkan"), "the hint")
    }

    @Test func searchHighlightsMatchesAndShowsTheQuery() {
        var state = DashboardState(store: store, today: ScreenSnapshotTests.today, route: .screen(.provinces), width: 80, height: 24)
        for key in [Key.character("/")] + "jawa".map({ Key.character($0) }) + [.enter] { _ = Reducer.reduce(&state, key: key) }
        let grid = DashboardRenderer.render(state)
        #expect(grid.text.contains("/jawa"))
        let highlighted = (0..<grid.height).filter { y in (0..<grid.width).contains { grid[$0, y].role == .searchMatch } }
        #expect(highlighted.count == 3, "Jawa Barat (its island cell, beside the highlighted name), Jawa Tengah and Jawa Timur")
    }
}

/// The Provinces screen in every built-in theme at every colour depth: the role layer is the
/// same, the legend shows what each role becomes, and a theme's glyphs show in the text.
@Suite("Golden screens per theme")
struct ThemeSnapshotTests {
    static let cases: [String] = BuiltinThemes.all.flatMap { theme in ColorDepth.allCases.map { "\(theme.name)-\($0.rawValue)" } }

    let store: RolloutStore

    init() throws {
        store = try RolloutStore.builtin()
    }

    @Test(arguments: cases)
    func provinces(_ name: String) throws {
        let parts = name.split(separator: "-")
        let depth = try #require(ColorDepth(rawValue: String(parts.last!)))
        let theme = try #require(BuiltinThemes.all.first { $0.name == parts.dropLast().joined(separator: "-") })
        let state = DashboardState(store: store, today: ScreenSnapshotTests.today, route: .screen(.provinces), width: 80, height: 24, theme: theme, themes: BuiltinThemes.all)
        assertSnapshot(of: GridSnapshot.text(DashboardRenderer.render(state), theme: theme, depth: depth), as: .lines, named: name)
    }

    @Test func tCyclesThroughTheThemesAndThePaletteSetsOne() {
        var state = DashboardState(store: store, today: ScreenSnapshotTests.today, width: 80, height: 24, theme: BuiltinThemes.all[0], themes: BuiltinThemes.all)
        _ = Reducer.reduce(&state, key: .character("t"))
        #expect(state.theme.name == "light")
        for key in [Key.character(":")] + "theme ascii".map({ Key.character($0) }) + [.enter] { _ = Reducer.reduce(&state, key: key) }
        #expect(state.theme.name == "ascii")
        #expect(!state.glyphs.isUnicode, "the ascii theme brings ASCII glyphs")
        var saving = state
        let effects = [Key.character(":")] + "theme save".map({ Key.character($0) }) + [.enter]
        let produced = effects.flatMap { Reducer.reduce(&saving, key: $0) }
        #expect(produced == [.saveTheme("ascii")])
    }
}
