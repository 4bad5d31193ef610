import Localization
import RolloutData
import TerminalCanvas
import Testing
@testable import DashboardModel

/// The replay driven by a test clock: `state.now` is set, `.tick` sent, nothing waits.
@Suite("The replay")
struct ReplayTests {
    let store: RolloutStore

    init() throws {
        store = try RolloutStore.builtin()
    }

    static let today = Day(year: 2026, month: 11, day: 29)!
    static let batchDay = Day(year: 2024, month: 3, day: 7)!

    func state(_ route: Route = .screen(.overview), language: Language = .indonesian) -> DashboardState {
        DashboardState(store: store, today: Self.today, language: language, route: route)
    }

    func press(_ keys: [Key], _ state: inout DashboardState) {
        for key in keys { _ = Reducer.reduce(&state, key: key) }
    }

    /// Moves the clock to `time` and sends the tick the loop would send.
    func tick(at time: Duration, _ state: inout DashboardState) {
        state.now = time
        _ = Reducer.reduce(&state, .tick)
    }

    func started(_ route: Route = .screen(.overview), at time: Duration = .seconds(10), language: Language = .indonesian) -> DashboardState {
        var state = state(route, language: language)
        state.now = time
        press([.character("r")], &state)
        return state
    }

    @Test func rStartsBeforeTheFirstMPPWithNothingOpen() throws {
        let state = started()
        let replay = try #require(state.replay)
        #expect(state.asOf == store.index.earliestDay.dayBefore && state.asOf.year == 2016)
        // Only MPPs whose opening nothing bounds from below may have been open already.
        let national = state.figures.coverage.national
        #expect(national.covered == 0 && national.claimCovered == 0 && state.figures.headline.namedOpen == 0)
        #expect(state.figures.headline.official == nil)
        #expect(replay.landing == .start && replay.returnDay == Self.today)
        #expect(state.nextTick == .seconds(10) + .milliseconds(1500), "one step per 1.5 s at 1×")
        #expect(KeyBindings.context(state) == .replay)
    }

    @Test func startingOnAnotherScreenShowsTheOverviewAndTheMapAndTimelineKeepTheirs() {
        #expect(started(.screen(.provinces)).route == .screen(.overview))
        #expect(started(.batch("2024-03-07")).route == .screen(.overview))
        #expect(started(.screen(.map)).route == .screen(.map))
        #expect(started(.screen(.timeline)).route == .screen(.timeline))
    }

    @Test func theStepsAreTheDaysThingsLandOn() throws {
        let replay = try #require(started().replay)
        #expect(replay.days == replay.days.sorted() && Set(replay.days).count == replay.days.count)
        #expect(replay.days.last == store.snapshot.asOf)
        for batch in store.snapshot.batches {
            let day = try #require(batch.certainDay)
            #expect(replay.days.contains(day), "\(batch.id)")
        }
        for total in store.snapshot.reportedTotals {
            #expect(replay.days.contains(total.certainDay ?? total.date.lastDay), "\(total.date)")
        }
        for mall in store.snapshot.malls {
            guard let opened = ReplaySteps.firstOpened(mall) else { continue }
            #expect(replay.days.contains(opened), "\(mall.id)")
        }
    }

    @Test func ticksLandStepByStepUntilTheSnapshotsDate() throws {
        var state = started()
        let days = try #require(state.replay?.days)
        tick(at: .seconds(11), &state)
        #expect(state.asOf == days[0], "a tick before the deadline changes nothing")
        var named = 0
        var official = 0
        var seenBatch = false
        let batch = try #require(store.index.batch("2024-03-07"))
        for position in 1..<days.count {
            let due = try #require(state.nextTick)
            tick(at: due, &state)
            #expect(state.asOf == days[position] && state.replay?.position == position)
            #expect(state.figures.headline.namedOpen >= named, "the named count never falls")
            named = state.figures.headline.namedOpen
            if let total = state.figures.headline.official?.total { official = max(official, total) }
            if state.asOf == Self.batchDay {
                #expect(state.replay?.landing == .batches([batch]))
                seenBatch = true
            }
        }
        #expect(seenBatch)
        let replay = try #require(state.replay)
        #expect(replay.isFinished && state.nextTick == nil && state.asOf == store.snapshot.asOf)
        let final = RolloutFigures(index: store.index, asOf: store.snapshot.asOf)
        #expect(state.figures.headline.namedOpen == final.headline.namedOpen && named > 0)
        #expect(state.figures.headline.official?.total == final.headline.official?.total && official > 0)
        #expect(ReplayBanner.status(state) == "Putar ulang selesai: Space mulai lagi, Esc akhiri")
    }

    @Test func speedChangesTheInterval() {
        var state = started(at: .seconds(10))
        state.now = .seconds(12)
        press([.character("+")], &state)
        #expect(state.replay?.speed == 2 && state.nextTick == .seconds(12) + .milliseconds(750))
        press([.character("+"), .character("="), .character("+")], &state)
        #expect(state.replay?.speed == 8, "8× is the fastest")
        #expect(state.nextTick == .seconds(12) + .microseconds(187_500))
        press(Array(repeating: .character("-"), count: 9), &state)
        #expect(state.replay?.speed == 0.25 && state.nextTick == .seconds(18), "0.25× is the slowest")
        #expect(ReplayBanner.status(state) == "Putar ulang 0,25×")
        #expect(state.asOf == store.index.earliestDay.dayBefore, "the speed keys do not move the date")
    }

    @Test func spacePausesAndResumes() {
        var state = started(at: .seconds(10))
        press([.character(" ")], &state)
        #expect(state.replay?.isPaused == true && state.nextTick == nil)
        #expect(ReplayBanner.status(state) == "Putar ulang 1× · dijeda")
        let day = state.asOf
        tick(at: .seconds(60), &state)
        #expect(state.asOf == day, "no step while paused")
        press([.character(" ")], &state)
        #expect(state.replay?.isPaused == false && state.nextTick == .seconds(60) + .milliseconds(1500))
    }

    @Test func theArrowsStepOneBatchAndPause() throws {
        var state = started()
        let days = try #require(state.replay?.days)
        press([.right, .right], &state)
        #expect(state.asOf == days[2] && state.replay?.isPaused == true && state.nextTick == nil)
        press([.left], &state)
        #expect(state.asOf == days[1])
        press([.left, .left], &state)
        #expect(state.asOf == days[0], "the start is the first step")
        while state.replay?.isFinished == false { press([.right], &state) }
        press([.right], &state)
        #expect(state.asOf == days.last, "the end is the last step")
    }

    @Test func theEndSaysSoAndSpaceStartsAgain() throws {
        var state = started()
        while state.replay?.isFinished == false { press([.right], &state) }
        #expect(state.asOf == store.snapshot.asOf && ReplayBanner.status(state) == "Putar ulang selesai: Space mulai lagi, Esc akhiri")
        press([.character(" ")], &state)
        let replay = try #require(state.replay)
        #expect(replay.position == 0 && !replay.isPaused && state.nextTick == state.now + .milliseconds(1500))
    }

    @Test(arguments: [Key.escape, .character("r")])
    func escOrREndsTheReplayAndRestoresTheDate(_ key: Key) {
        var state = state()
        let before = Day(year: 2023, month: 1, day: 1)!
        _ = Reducer.reduce(&state, .setAsOf(before))
        press([.character("r"), .right, .right, .right], &state)
        #expect(state.asOf != before)
        press([key], &state)
        #expect(state.replay == nil && state.asOf == before && state.nextTick == nil)
        #expect(state.message?.text == "Putar ulang diakhiri; per 1 Jan 2023")
        #expect(KeyBindings.context(state) == .browsing)
    }

    @Test func otherKeysStillWorkWhileReplaying() {
        var state = started()
        press([.tab], &state)
        #expect(state.route == .screen(.provinces) && state.replay != nil)
        press([.character("8"), .up], &state)
        #expect(state.route == .screen(.map) && state.replay != nil, "the map's own keys where the replay has none")
        press([.character("L")], &state)
        #expect(state.language == .english)
        press([.character("q")], &state)
        #expect(state.mode == .confirmQuit)
    }

    @Test func theTimelineSelectsTheBatchAsItLands() {
        var state = started(.screen(.timeline))
        while state.asOf < Self.batchDay { tick(at: state.nextTick ?? .zero, &state) }
        #expect(Reducer.selectedRow(state)?.id == "2024-03-07")
    }

    @Test func theBannerNamesTheBatchAndItsDisputedCount() {
        for (language, expected) in [(Language.indonesian, "7 Mar 2024 — 16 / 17 ! MPP diresmikan"),
                                     (.english, "7 Mar 2024 — 16 / 17 ! MPPs inaugurated")] {
            var state = started(language: language)
            while state.asOf < Self.batchDay { press([.right], &state) }
            let segments = ReplayBanner.segments(state)
            #expect(segments.map(\.text).joined() == expected)
            #expect(segments.first { $0.role == .conflict }?.text == "16 / 17 !")
        }
    }

    @Test func theBannerNamesAnOpeningAndAReportedTotal() throws {
        var state = started(language: .english)
        let days = try #require(state.replay?.days)
        var texts: [String] = []
        for _ in days.indices {
            texts.append(ReplayBanner.segments(state).map(\.text).joined())
            press([.right], &state)
        }
        #expect(texts.first == "31 Dec 2016 — no MPP open for certain yet")
        #expect(texts.last == "by 31 Jan 2026 — MPP Kabupaten Bekasi is open", "an MPP known only to be open by the snapshot's date")
        #expect(texts.contains("Feb 2017 — MPP Surabaya (Gedung Siola) is open"), "known by its month, written so")
        #expect(texts.contains("6 Oct 2017 — MPP Banyuwangi is open"))
        #expect(texts.contains("12 Oct 2017 — MPP DK Jakarta (Jl. H.R. Rasuna Said) inaugurated"))
        #expect(texts.contains("20 Jun 2023 — national total reported: 120 (KemenPAN-RB)"))
        #expect(texts.contains("by 19 Aug 2024 — soft launch of 22 MPPs"), "a batch known by its year and a window")
    }

    @Test func reverseSortMovedToCapitalR() {
        var state = state(.screen(.provinces))
        press([.character("R")], &state)
        #expect(state.list(.screen(.provinces)).table.sortAscending == false && state.replay == nil)
    }
}
