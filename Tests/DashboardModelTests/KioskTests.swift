@testable import DashboardModel
import Durations
import Localization
import RolloutData
import TerminalCanvas
import Testing

/// The kiosk on a test clock: `now` is set by the test and `.tick` sent when `nextTick` has
/// come, as the app loop does, so cycles take no time at all.
@Suite("The kiosk")
struct KioskTests {
    let store: RolloutStore

    init() throws {
        store = try RolloutStore.builtin()
    }

    /// A kiosk started at `now` 0 on the built-in dataset (its access would be `.builtin`).
    func kiosk(_ kiosk: Kiosk = Kiosk(cycle: .seconds(20))) -> DashboardState {
        var state = DashboardState(store: store, today: Day(year: 2026, month: 11, day: 29)!, route: .screen(.conflicts))
        state.startKiosk(kiosk)
        return state
    }

    /// Moves the clock to `time` and ticks when a step is due, as the loop does.
    func advance(_ state: inout DashboardState, to time: Duration) {
        state.now = time
        if let due = state.nextTick, due <= time { _ = Reducer.reduce(&state, .tick) }
    }

    /// Where the kiosk is after each of `steps` cycles of 20 s.
    func routes(_ state: inout DashboardState, steps: Int, from start: Duration = .zero) -> [Route] {
        (1...steps).map { step in
            advance(&state, to: start + .seconds(20 * step))
            return state.route
        }
    }

    @Test func startsOnTheFirstScreenReadOnlyWithTheFirstStepOneCycleAway() {
        let state = kiosk()
        #expect(state.route == .screen(.overview))
        #expect(state.access == .readOnly && state.editing == nil)
        #expect(state.nextTick == .seconds(20))
        #expect(state.kiosk?.isPaused == false)
    }

    @Test func cyclesThroughItsScreensInOrderAndWraps() throws {
        var state = kiosk()
        let order = MapPage.provinceOrder(store.index)
        let first = try #require(order.first), second = order[1]
        #expect(routes(&state, steps: 5) == [.screen(.map), .province(first), .screen(.timeline), .screen(.overview), .screen(.map)])
        #expect(state.stack == [.screen(.map)])
        #expect(MapPage.selectedProvince(state) == second, "the second round's province is on the map")
        _ = routes(&state, steps: 1, from: .seconds(100))
        #expect(state.stack == [.screen(.provinces), .province(second)], "the province page under the Provinces tab")
    }

    @Test func nothingHappensBeforeAStepIsDue() {
        var state = kiosk()
        advance(&state, to: .seconds(19))
        #expect(state.route == .screen(.overview))
        _ = Reducer.reduce(&state, .tick)
        #expect(state.route == .screen(.overview) && state.nextTick == .seconds(20), "an early tick changes nothing")
    }

    @Test func everyTickMovesTheNextTickForward() {
        var state = kiosk()
        var last = Duration.zero
        for step in 1...10 {
            advance(&state, to: .seconds(20 * step))
            let next = state.nextTick ?? .zero
            #expect(next > state.now && next > last, "step \(step): \(next)")
            last = next
        }
        // A clock that jumped far ahead (a suspended machine) takes one step, not all it missed.
        advance(&state, to: .seconds(10_000))
        #expect(state.nextTick == .seconds(10_020))
    }

    @Test func theProvincesAdvanceEachRoundThroughAllOfThem() {
        var state = kiosk(Kiosk(screens: [.provinces, .map], cycle: .seconds(20)))
        let order = MapPage.provinceOrder(store.index)
        var shown: [String] = []
        if case .province(let code) = state.route { shown.append(code) }
        for round in 0..<order.count {
            let start = Duration.seconds(40 * round)
            advance(&state, to: start + .seconds(20))
            #expect(state.route == .screen(.map))
            #expect(MapPage.selectedProvince(state) == shown.last, "the map follows the province page")
            advance(&state, to: start + .seconds(40))
            if case .province(let code) = state.route { shown.append(code) }
        }
        #expect(shown.count == order.count + 1)
        #expect(Array(shown.prefix(order.count)) == order, "every province once, west to east")
        #expect(shown.last == order.first, "then the first again")
        #expect(order.count == 38)
    }

    @Test func aKeyPausesAndTheNextTickBecomesTheResumeTime() {
        var state = kiosk(Kiosk(cycle: .seconds(20), resumeAfter: .seconds(60)))
        state.now = .seconds(5)
        _ = Reducer.reduce(&state, key: .character("2"))
        #expect(state.route == .screen(.provinces), "the key still works")
        #expect(state.kiosk?.isPaused == true)
        #expect(state.nextTick == .seconds(65))
        state.now = .seconds(30)
        _ = Reducer.reduce(&state, key: .down)
        #expect(state.nextTick == .seconds(90), "each key puts the resume time back")
        advance(&state, to: .seconds(89))
        #expect(state.route == .screen(.provinces) && state.kiosk?.isPaused == true, "no step while paused")
        #expect(state.kiosk?.status(.english) == "kiosk paused: goes on 1m after the last key")
    }

    @Test func resumingGoesOnFromTheScreenTheUserLeft() {
        var state = kiosk(Kiosk(cycle: .seconds(20), resumeAfter: .seconds(60)))
        state.now = .seconds(5)
        _ = Reducer.reduce(&state, key: .character("4"))
        _ = Reducer.reduce(&state, key: .character(":"))
        #expect(state.prompt != nil)
        advance(&state, to: .seconds(65))
        #expect(state.route == .screen(.overview), "after the Timeline (the user's screen) comes the Overview")
        #expect(state.kiosk?.isPaused == false && state.mode == .browsing, "the command line closed")
        #expect(state.nextTick == .seconds(85))
        advance(&state, to: .seconds(85))
        #expect(state.route == .screen(.map))
    }

    @Test func resumingTakesTheProvinceTheUserLeft() {
        var state = kiosk(Kiosk(screens: [.overview, .provinces, .map], cycle: .seconds(20), resumeAfter: .seconds(60)))
        _ = Reducer.reduce(&state, key: .character("2"))
        _ = Reducer.reduce(&state, key: .down)
        _ = Reducer.reduce(&state, key: .enter)
        #expect(state.route == .province("12"))
        advance(&state, to: .seconds(60))
        #expect(state.route == .screen(.map))
        #expect(MapPage.selectedProvince(state) == "12")
    }

    @Test func aScreenOutsideTheCycleResumesAfterTheKiosksOwn() {
        var state = kiosk()
        _ = Reducer.reduce(&state, key: .character("7"))
        #expect(state.route == .screen(.conflicts))
        advance(&state, to: .seconds(60))
        #expect(state.route == .screen(.map), "the Overview was the kiosk's screen: the Map comes next")
    }

    @Test func eachStepShowsItsScreenAsItFirstOpens() {
        var state = kiosk(Kiosk(screens: [.timeline, .overview], cycle: .seconds(20), resumeAfter: .seconds(60)))
        for key in [Key.character("j"), .character("j"), .character("R"), .character("/"), .character("2"), .enter] {
            _ = Reducer.reduce(&state, key: key)
        }
        #expect(state.list(.screen(.timeline)) != ListState(), "the visitor moved, sorted and searched")
        advance(&state, to: .seconds(60))
        #expect(state.route == .screen(.overview))
        advance(&state, to: .seconds(80))
        #expect(state.route == .screen(.timeline))
        #expect(state.list(.screen(.timeline)) == ListState(), "from the top, unsorted, every row")
    }

    @Test(arguments: [Key.character("q"), .character("Q"), .control("c")])
    func quitKeysDoNothingWithoutTheQuitKey(_ key: Key) {
        var state = kiosk()
        _ = Reducer.reduce(&state, key: .character("2"))
        _ = Reducer.reduce(&state, key: .enter)
        state.now = .seconds(7)
        let before = state
        let effects = Reducer.reduce(&state, key: key)
        #expect(effects.isEmpty && state.isRunning)
        #expect(state.stack == before.stack && state.mode == .browsing, "not even back a level")
        #expect(state.kiosk == before.kiosk, "nor a pause")
    }

    @Test(arguments: [Key.character("q"), .character("Q"), .control("c")])
    func quitKeysQuitAtOnceWithTheQuitKey(_ key: Key) {
        var state = kiosk(Kiosk(quitKey: true))
        _ = Reducer.reduce(&state, key: .character("2"))
        _ = Reducer.reduce(&state, key: .enter)
        #expect(Reducer.reduce(&state, key: key) == [.quit])
        #expect(!state.isRunning)
    }

    @Test func aQTypedOnTheCommandLineIsText() {
        var state = kiosk()
        for key in [Key.character("/"), .character("q")] { _ = Reducer.reduce(&state, key: key) }
        #expect(state.prompt?.text == "q")
    }

    @Test func aReplayAVisitorStartedPlaysToItsEndBeforeTheCycleGoesOn() throws {
        var state = kiosk(Kiosk(cycle: .seconds(20), resumeAfter: .seconds(60)))
        let today = state.asOf
        state.now = .seconds(5)
        _ = Reducer.reduce(&state, key: .character("r"))
        let replay = try #require(state.replay)
        #expect(state.kiosk?.isPaused == true && state.nextTick == replay.deadline, "the replay's step comes first")
        var time = Duration.seconds(5)
        while state.replay?.isFinished == false {
            time = try #require(state.nextTick)
            advance(&state, to: time)
            #expect(state.replay != nil && state.route == .screen(.overview), "no kiosk step while the replay plays (\(time))")
        }
        #expect(state.asOf != today && time > .seconds(65), "the replay outlasted the pause")
        let resume = try #require(state.nextTick)
        advance(&state, to: resume)
        #expect(state.replay == nil && state.asOf == today, "the finished replay ended, the date back to today")
        #expect(state.route == .screen(.map) && state.kiosk?.isPaused == false)
    }

    @Test func aReplayLeftPausedEndsWhenTheCycleGoesOn() {
        var state = kiosk(Kiosk(cycle: .seconds(20), resumeAfter: .seconds(60)))
        let today = state.asOf
        state.now = .seconds(5)
        _ = Reducer.reduce(&state, key: .character("r"))
        _ = Reducer.reduce(&state, key: .character(" "))
        #expect(state.replay?.isPaused == true && state.nextTick == .seconds(65))
        advance(&state, to: .seconds(65))
        #expect(state.replay == nil && state.asOf == today && state.route == .screen(.map))
    }

    @Test func nothingThatWritesIsOffered() {
        var state = kiosk()
        _ = Reducer.reduce(&state, key: .character("2"))
        #expect(Reducer.reduce(&state, key: .character("e")).isEmpty)
        #expect(state.message?.text == "Mode kios: tidak ada yang ditulis (tanpa ekspor, tanpa simpan)")
        for action in [Action.export(.json, path: "/tmp/x"), .saveTheme, .save] {
            #expect(Reducer.reduce(&state, action).isEmpty, "\(action)")
        }
        #expect(Reducer.reduce(&state, key: .character("a")).isEmpty && state.mode == .browsing, "no edit menu")
        for line in ["ekspor csv", "export json", "tema simpan", "theme save", "simpan", "tambah", "undo"] {
            let titles = Palette.commands(for: line, state).map(\.title)
            #expect(!titles.contains { $0.contains("Ekspor") || $0.contains("Simpan") || $0.contains("simpan") || $0.contains("Tambah") || $0.contains("Urungkan") },
                    "\(line): \(titles)")
        }
        #expect(!Palette.commands(for: "tema", state).isEmpty, "choosing a theme writes nothing")
        let footer = KeyBindings.footerHints(state).map(\.key)
        #expect(!footer.contains("e") && !footer.contains("q") && !footer.contains("a"), "\(footer)")
        #expect(KeyBindings.footerHints(kiosk(Kiosk(quitKey: true))).contains { $0.key == "q" })
    }

    @Test func outsideTheKioskNothingChanges() {
        var state = DashboardState(store: store, route: .screen(.provinces))
        #expect(state.nextTick == nil && state.kiosk == nil && state.offersWrites)
        #expect(Reducer.reduce(&state, key: .character("e")).count == 1)
        #expect(Palette.commands(for: "ekspor csv", state).count == 1)
    }

    @Test func pastedTextPausesTheCycle() {
        var state = kiosk()
        state.now = .seconds(3)
        Reducer.reduce(&state, paste: "Aceh")
        #expect(state.kiosk?.isPaused == true && state.nextTick == .seconds(63))
    }

    @Test func theHelpTellsHowTheKioskTakesKeys() {
        var state = kiosk()
        _ = Reducer.reduce(&state, key: .character("?"))
        func tellsOfTheKiosk(_ state: DashboardState) -> Bool {
            HelpPage.items(state).contains { item in
                if case .wrapped(let text, _) = item { return text == Language.indonesian.text(.helpKiosk) }
                return false
            }
        }
        #expect(state.route == .help && tellsOfTheKiosk(state))
        #expect(!tellsOfTheKiosk(DashboardState(store: store, route: .help)))
    }

    @Test(arguments: [("20s", 20_000), ("1m", 60_000), ("1m30s", 90_000), ("500ms", 500), ("1h2m3s4ms", 3_723_004), ("90S", 90_000)])
    func durationsAreReadAndWrittenBack(_ text: String, _ milliseconds: Int64) {
        let duration = DurationText.parse(text)
        #expect(duration == .milliseconds(milliseconds))
        #expect(duration.map(DurationText.text).flatMap(DurationText.parse) == duration)
    }

    @Test(arguments: ["", "20", "s", "1x", "30s1m", "1m1m", "-5s", "1.5s", "20 s", "99999999999s"])
    func badDurationsAreRefused(_ text: String) {
        #expect(DurationText.parse(text) == nil)
    }

    @Test func durationsAreWrittenShortest() {
        #expect(DurationText.text(.seconds(90)) == "1m30s")
        #expect(DurationText.text(.seconds(60)) == "1m")
        #expect(DurationText.text(.milliseconds(1500)) == "1s500ms")
        #expect(DurationText.text(.zero) == "0s")
    }
}
