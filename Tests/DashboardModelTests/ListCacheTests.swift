import Localization
import RolloutData
import TerminalCanvas
import Testing
@testable import DashboardModel

/// The lists and the finder's index kept in the state: the rows they give are those built afresh
/// from the state, through sorts, filters, the finder's text, the language and the as-of day.
@Suite("The list cache and the finder's index")
struct ListCacheTests {
    let store: RolloutStore

    init() throws {
        store = try RolloutStore.builtin()
    }

    func state(_ route: Route) -> DashboardState {
        DashboardState(store: store, today: Day(year: 2026, month: 11, day: 29)!, route: route, width: 120, height: 40)
    }

    /// The rows of the list on screen built from scratch, as before the cache.
    func fresh(_ state: DashboardState) -> [ListRow]? {
        ListCatalog.spec(for: state.route, state)?.visibleRows(state.list(state.route))
    }

    /// Checks that the state's cached rows are the ones built afresh, and that they come from the cache.
    func expectCached(_ state: DashboardState, _ comment: Comment, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(state.listCache.entries[state.route]?.view.rows == fresh(state), comment, sourceLocation: sourceLocation)
        #expect(Reducer.visibleRows(state) == fresh(state), comment, sourceLocation: sourceLocation)
    }

    @Test(arguments: [Route.screen(.provinces), .screen(.regions), .screen(.timeline), .screen(.digital), .screen(.islands),
                      .screen(.conflicts), .province("73")])
    func sortsGiveTheRowsBuiltAfresh(_ route: Route) throws {
        var state = state(route)
        expectCached(state, "as opened")
        let columns = try #require(state.currentList?.spec.columns.count)
        for _ in 0..<columns {
            _ = Reducer.reduce(&state, .sortColumn(1))
            expectCached(state, "sorted by column \(String(describing: state.list(route).table.sortColumn))")
            _ = Reducer.reduce(&state, .reverseSort)
            expectCached(state, "reversed")
            _ = Reducer.reduce(&state, .move(3))
            expectCached(state, "after a move")
        }
    }

    @Test func filtersGiveTheRowsBuiltAfresh() {
        var state = state(.screen(.regions))
        let all = Reducer.visibleRows(state)?.count
        _ = Reducer.reduce(&state, .openFilterMenu)
        for step in [0, 2, 9] {
            _ = Reducer.reduce(&state, .filterMenu(.move(step)))
            _ = Reducer.reduce(&state, .filterMenu(.toggle))
        }
        _ = Reducer.reduce(&state, .filterMenu(.apply))
        expectCached(state, "filtered")
        #expect(Reducer.visibleRows(state)?.count != all, "the filter keeps fewer rows")
        _ = Reducer.reduce(&state, .sortColumn(3))
        expectCached(state, "filtered and sorted")
        _ = Reducer.reduce(&state, .back)
        expectCached(state, "filter cleared")
        #expect(Reducer.visibleRows(state)?.count == all)
    }

    @Test func theFindersTextGivesTheRowsBuiltAfresh() {
        var state = state(.screen(.regions))
        _ = Reducer.reduce(&state, key: .character("/"))
        for character in "kota" {
            _ = Reducer.reduce(&state, key: .character(character))
            expectCached(state, "narrowed to \(state.list(state.route).query)")
        }
        #expect((Reducer.visibleRows(state)?.count ?? 0) < 514)
        _ = Reducer.reduce(&state, key: .enter)
        _ = Reducer.reduce(&state, .move(2))
        expectCached(state, "the text kept after Enter")
        _ = Reducer.reduce(&state, .back)
        expectCached(state, "the text cleared")
        #expect(Reducer.visibleRows(state)?.count == 514)
    }

    @Test func theLanguageAndTheAsOfDayRebuildTheRows() {
        var state = state(.province("73"))
        let before = Reducer.visibleRows(state)
        _ = Reducer.reduce(&state, .switchLanguage)
        expectCached(state, "in the other language")
        #expect(Reducer.visibleRows(state) != before, "the cells are in English")
        _ = Reducer.reduce(&state, .stepMonth(-60))
        expectCached(state, "five years back")
        _ = Reducer.reduce(&state, .back)
        expectCached(state, "the province list under it")
        #expect(state.listCache.entries.keys.sorted { "\($0)" < "\($1)" } == [.screen(.provinces)],
                "only the lists on the stack are kept")
    }

    @Test func theFinderFindsAnMPPBeyondThe2000th() throws {
        let snapshot = try SyntheticSnapshot.generate(malls: 2_600, seed: 12)
        let synthetic = RolloutStore(validated: snapshot, origin: .builtin)
        let mall = snapshot.malls[2_500]
        var state = DashboardState(store: synthetic, route: .screen(.overview), width: 120, height: 40)
        _ = Reducer.reduce(&state, key: .character("/"))
        Reducer.reduce(&state, paste: mall.name)
        #expect(state.finderIndex?.items.filter { $0.rank == 2 }.count == 2_600, "every MPP is in the finder's index")
        #expect(Finder.entries(for: mall.name, state).first?.action == .go(.mall(mall.id), select: nil))
        _ = Reducer.reduce(&state, key: .enter)
        #expect(state.route == .mall(mall.id))
    }
}
