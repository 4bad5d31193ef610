import Localization
import RolloutData
import Testing
@testable import DashboardModel

/// The big-figure Overview: its key, and figures that are the normal Overview's, kept apart.
@Suite("Big figures")
struct BigFiguresPageTests {
    let store: RolloutStore

    init() throws {
        store = try RolloutStore.builtin()
    }

    @Test func bSwitchesTheOverviewAndOpensItFromAnotherScreen() {
        var state = DashboardState(store: store, route: .screen(.overview))
        _ = Reducer.reduce(&state, key: .character("b"))
        #expect(state.bigFigures && state.message?.text == "Angka besar: b untuk kembali ke Ringkasan biasa")
        _ = Reducer.reduce(&state, key: .character("b"))
        #expect(!state.bigFigures && state.message == nil)
        var elsewhere = DashboardState(store: store, route: .province("73"))
        _ = Reducer.reduce(&elsewhere, key: .character("b"))
        #expect(elsewhere.bigFigures && elsewhere.route == .screen(.overview))
    }

    @Test(arguments: [(Language.indonesian, ["305", "59,9%", "244", "+10"]), (.english, ["305", "59.9%", "244", "+10"])])
    func theFiguresAreTheOverviewsInTheLanguagesFormat(_ language: Language, _ numbers: [String]) {
        let state = DashboardState(store: store, language: language)
        let figures = BigFiguresPage.figures(state)
        let headline = state.figures.headline
        #expect(figures.map(\.number) == numbers)
        #expect(numbers[0] == language.integer(headline.official!.total) && numbers[2] == language.integer(headline.namedOpen)
                && numbers[3] == "+" + language.integer(headline.claimCovered))
        let reported = language == .indonesian ? "MPP dilaporkan KemenPAN-RB per 15 Des 2025" : "MPPs reported by KemenPAN-RB as of 15 Dec 2025"
        #expect(figures[0].lines.first?.0 == reported)
    }

    @Test func aDisputedTotalShowsEveryValueWithAConflictMark() {
        let state = DashboardState(store: store, asOf: Day(year: 2024, month: 3, day: 7)!, language: .english)
        let reported = BigFiguresPage.figures(state)[0]
        #expect(reported.number == "191 / 192 !" && reported.role == .conflict)
        #expect(reported.lines.contains { $0.0.hasPrefix("! National MPP total after 7 March 2024") && $0.1 == .conflict })
    }

    @Test func beforeAnyOfficialTotalTheReportedFigureStaysUnknown() {
        let state = DashboardState(store: store, asOf: Day(year: 2017, month: 1, day: 1)!, language: .english)
        let figures = BigFiguresPage.figures(state)
        #expect(state.figures.headline.official == nil)
        #expect(figures[0].number == nil && figures[0].role == .unknown)
        #expect(figures.count == 3, "no share of a total nobody reported")
    }
}
