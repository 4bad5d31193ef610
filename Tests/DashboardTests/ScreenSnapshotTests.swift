import Localization
import RolloutData
import SnapshotTesting
import TerminalCanvas
import Testing
@testable import Dashboard

/// Golden screens: the text of every screen with the role of every cell and what each role looks
/// like, at fixed sizes, glyph sets, colour depths and languages, on the built-in dataset.
/// `SNAPSHOT_TESTING_RECORD=all swift test` re-records them; review the diff before committing.
@Suite("Golden screens")
struct ScreenSnapshotTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var screen: Screen
        var width: Int
        var height: Int
        var ascii: Bool
        var depth: ColorDepth
        var language: Language

        var name: String {
            "\(screen.rawValue)-\(width)x\(height)-\(ascii ? "ascii" : "unicode")-\(depth.rawValue)-\(language.rawValue)"
        }

        var testDescription: String { name }
    }

    static let cases: [Case] = {
        var cases: [Case] = []
        for screen in Screen.allCases {
            for (width, height) in [(80, 24), (120, 40), (200, 60)] {
                for ascii in [false, true] {
                    for depth in [ColorDepth.mono, .ansi8, .ansi256] {
                        cases.append(Case(screen: screen, width: width, height: height, ascii: ascii, depth: depth, language: .indonesian))
                    }
                }
            }
            for (width, height) in [(80, 24), (120, 40)] {
                cases.append(Case(screen: screen, width: width, height: height, ascii: false, depth: .ansi256, language: .english))
            }
            cases.append(Case(screen: screen, width: 60, height: 20, ascii: false, depth: .ansi256, language: .indonesian))
        }
        return cases
    }()

    let store: RolloutStore

    init() throws {
        store = try RolloutStore.builtin()
    }

    @Test(arguments: cases)
    func screen(_ testCase: Case) {
        let state = DashboardState(store: store, language: testCase.language, screen: testCase.screen, width: testCase.width,
                                   height: testCase.height, glyphs: testCase.ascii ? .ascii : .unicode)
        let grid = DashboardRenderer.render(state)
        assertSnapshot(of: GridSnapshot.text(grid, theme: .standard, depth: testCase.depth), as: .lines, named: testCase.name)
    }

    @Test func aWindowTooSmallSaysSo() {
        let state = DashboardState(store: store, screen: .provinces, width: 30, height: 8)
        let grid = DashboardRenderer.render(state)
        assertSnapshot(of: grid.text, as: .lines, named: "too-small-30x8")
    }

    @Test func anAsciiScreenHasOnlyAscii() {
        for screen in Screen.allCases {
            let state = DashboardState(store: store, screen: screen, width: 120, height: 40, glyphs: .ascii)
            let text = DashboardRenderer.render(state).text
            let nonASCII = text.unicodeScalars.filter { !$0.isASCII }
            #expect(nonASCII.isEmpty, "\(screen)")
        }
    }

    @Test func theStatusBarShowsTerminalNotices() {
        let state = DashboardState(store: store, width: 120, height: 30, glyphs: .ascii,
                                   notices: [.termFallback(requested: "xterm-kitty", used: "xterm-256color"), .asciiGlyphs(codeset: "ANSI_X3.4-1968")])
        let statusLine = DashboardRenderer.render(state).line(28)
        #expect(statusLine.contains("TERM xterm-kitty tidak dikenal, memakai xterm-256color"))
        #expect(statusLine.contains("Locale bukan UTF-8"))
    }
}
