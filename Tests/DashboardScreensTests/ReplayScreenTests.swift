import Localization
import RolloutData
import SnapshotTesting
import TerminalCanvas
import Testing
@testable import DashboardModel
@testable import DashboardScreens

/// Golden frames of the replay at fixed steps (its start, 7 Mar 2024, its end) on the Overview,
/// the Map and the Timeline, at 80×24 and 120×40, in both languages; one in ASCII.
@Suite("Golden replay frames")
struct ReplayScreenTests {
    enum Step: String, CaseIterable, Sendable {
        case start, batch, end
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var screen: Screen
        var step: Step
        var width: Int
        var height: Int
        var language: Language
        var ascii = false

        var name: String {
            "replay-\(screen.rawValue)-\(step.rawValue)-\(width)x\(height)-\(ascii ? "ascii" : "unicode")-\(language.rawValue)"
        }

        var testDescription: String { name }
    }

    static let cases: [Case] = {
        var cases: [Case] = []
        for screen in [Screen.overview, .map, .timeline] {
            for step in Step.allCases {
                for (width, height) in [(80, 24), (120, 40)] {
                    for language in Language.allCases {
                        cases.append(Case(screen: screen, step: step, width: width, height: height, language: language))
                    }
                }
            }
        }
        cases.append(Case(screen: .overview, step: .batch, width: 80, height: 24, language: .indonesian, ascii: true))
        return cases
    }()

    let store: RolloutStore

    init() throws {
        store = try RolloutStore.builtin()
    }

    /// The replay started on the case's screen and stepped (→) to the case's step.
    func replaying(_ testCase: Case) -> DashboardState {
        var state = DashboardState(store: store, today: ScreenSnapshotTests.today, language: testCase.language,
                                   route: .screen(testCase.screen), width: testCase.width, height: testCase.height,
                                   glyphs: testCase.ascii ? .ascii : .unicode)
        _ = Reducer.reduce(&state, key: .character("r"))
        let batchDay = Day(year: 2024, month: 3, day: 7)!
        switch testCase.step {
        case .start: break
        case .batch: while state.asOf < batchDay { _ = Reducer.reduce(&state, key: .right) }
        case .end: while state.replay?.isFinished == false { _ = Reducer.reduce(&state, key: .right) }
        }
        return state
    }

    @Test(arguments: cases)
    func frame(_ testCase: Case) {
        let grid = DashboardRenderer.render(replaying(testCase))
        assertSnapshot(of: GridSnapshot.text(grid, theme: .standard, depth: .ansi256), as: .lines, named: testCase.name)
    }

    @Test func theBannerAndStatusBarSayWhatLandedAndHowTheReplayRuns() {
        let state = replaying(Case(screen: .overview, step: .batch, width: 120, height: 40, language: .indonesian))
        let lines = DashboardRenderer.render(state).text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[37].hasPrefix(" 7 Mar 2024 — 16 / 17 ! MPP diresmikan"), "the banner, under the body")
        #expect(lines[38].hasPrefix("Putar ulang 1× · dijeda"), "the status bar")
        #expect(lines[39].hasPrefix(" Space Jeda  ← → Langkah  + - Kecepatan  Esc Akhiri"), "the keys")
    }
}
