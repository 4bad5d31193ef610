import Localization
import RolloutData
import SnapshotTesting
import TerminalCanvas
import Testing
@testable import DashboardModel
@testable import DashboardScreens

/// The kiosk on screen: the status bar says so (and, paused, when it goes on), the footer
/// offers no quitting and no export, and nothing on screen moves between two steps.
@Suite("The kiosk on screen")
struct KioskScreenTests {
    let store: RolloutStore

    init() throws {
        store = try RolloutStore.builtin()
    }

    func kiosk(_ language: Language = .indonesian, quitKey: Bool = false) -> DashboardState {
        var state = DashboardState(store: store, today: ScreenSnapshotTests.today, language: language)
        state.startKiosk(Kiosk(cycle: .seconds(20), quitKey: quitKey))
        return state
    }

    @Test func theStatusBarSaysKioskAndThePauseWithoutCountingDown() {
        var state = kiosk()
        let running = DashboardRenderer.render(state)
        #expect(running.line(22).hasPrefix("mode kios · Data: data bawaan"), "\(running.line(22))")
        #expect(!running.line(23).contains("q "), "no quit hint: \(running.line(23))")
        state.now = .seconds(19)
        _ = Reducer.reduce(&state, .tick)
        #expect(DashboardRenderer.render(state) == running, "nothing moves before the step")

        state.now = .seconds(30)
        _ = Reducer.reduce(&state, key: .character("j"))
        let paused = DashboardRenderer.render(state)
        #expect(paused.line(22).hasPrefix("mode kios dijeda: berlanjut 1m setelah tombol terakhir"), "\(paused.line(22))")
        state.now = .seconds(89)
        _ = Reducer.reduce(&state, .tick)
        #expect(DashboardRenderer.render(state) == paused, "no countdown while paused")
        #expect(kiosk(quitKey: true).route == .screen(.overview))
        #expect(DashboardRenderer.render(kiosk(quitKey: true)).line(23).contains("q "), "the quit hint with the quit key")
    }

    /// The province step (Aceh, the first round) at 80×24, paused, in both languages.
    @Test(arguments: Language.allCases)
    func theProvinceStepPaused(_ language: Language) {
        var state = kiosk(language)
        for step in 1...2 {
            state.now = .seconds(20 * step)
            _ = Reducer.reduce(&state, .tick)
        }
        #expect(state.route == .province("11"))
        state.now = .seconds(45)
        _ = Reducer.reduce(&state, key: .down)
        assertSnapshot(of: GridSnapshot.text(DashboardRenderer.render(state), theme: .standard, depth: .ansi256), as: .lines,
                       named: "kiosk-province-paused-80x24-\(language.rawValue)")
    }
}
