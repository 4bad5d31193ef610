import RolloutData
import TerminalCanvas
import Testing
@testable import Dashboard

@Suite("The reducer")
struct ReducerTests {
    let store: RolloutStore

    init() throws {
        store = try RolloutStore.builtin()
    }

    func state(_ screen: Screen = .overview, width: Int = 80, height: Int = 24) -> DashboardState {
        DashboardState(store: store, screen: screen, width: width, height: height)
    }

    func pressing(_ keys: [Key], from start: DashboardState) -> (DashboardState, [Effect]) {
        var state = start
        var effects: [Effect] = []
        for key in keys { effects += Reducer.reduce(&state, key: key) }
        return (state, effects)
    }

    @Test func tabCyclesTheScreensAndShiftTabGoesBack() {
        let (forward, _) = pressing([.tab], from: state())
        #expect(forward.screen == .provinces)
        let (around, _) = pressing([.tab, .tab], from: state())
        #expect(around.screen == .overview)
        let (back, _) = pressing([.backTab], from: state())
        #expect(back.screen == .provinces)
    }

    @Test func numberKeysOpenScreens() {
        #expect(pressing([.character("2")], from: state()).0.screen == .provinces)
        #expect(pressing([.character("1")], from: state(.provinces)).0.screen == .overview)
    }

    @Test func arrowsAndViKeysMoveTheSelection() {
        let (down, _) = pressing([.down, .character("j"), .down], from: state(.provinces))
        #expect(down.provincesTable.selectedRow == 3)
        let (up, _) = pressing([.up, .character("k")], from: down)
        #expect(up.provincesTable.selectedRow == 1)
        let (clamped, _) = pressing([.up, .up, .up], from: up)
        #expect(clamped.provincesTable.selectedRow == 0)
    }

    @Test func endAndHomeJumpAndScrollKeepsTheSelectionVisible() {
        let (end, _) = pressing([.end], from: state(.provinces))
        #expect(end.provincesTable.selectedRow == 37)
        let visible = Table.visibleRowCount(in: ProvincesScreen.tableRect(end))
        #expect(end.provincesTable.firstVisibleRow == 38 - visible)
        let (home, _) = pressing([.character("g")], from: end)
        #expect(home.provincesTable.selectedRow == 0)
        #expect(home.provincesTable.firstVisibleRow == 0)
        #expect(pressing([.character("G")], from: state(.provinces)).0.provincesTable.selectedRow == 37)
    }

    @Test func pagesMoveByTheVisibleRows() {
        let start = state(.provinces)
        let visible = Table.visibleRowCount(in: ProvincesScreen.tableRect(start))
        let (paged, _) = pressing([.pageDown], from: start)
        #expect(paged.provincesTable.selectedRow == visible)
        let (half, _) = pressing([.control("d")], from: start)
        #expect(half.provincesTable.selectedRow == visible / 2)
        let (back, _) = pressing([.pageUp], from: paged)
        #expect(back.provincesTable.selectedRow == 0)
        let (last, _) = pressing([.pageDown, .pageDown, .pageDown], from: start)
        #expect(last.provincesTable.selectedRow == 37)
    }

    @Test func movingOnTheOverviewChangesNothing() {
        let (moved, effects) = pressing([.down, .pageDown, .end], from: state())
        #expect(moved.provincesTable == state().provincesTable)
        #expect(effects.isEmpty)
    }

    @Test func qQuits() {
        let (quit, effects) = pressing([.character("q")], from: state())
        #expect(effects == [.quit])
        #expect(!quit.isRunning)
    }

    @Test func unboundKeysDoNothing() {
        let start = state(.provinces)
        let (after, effects) = pressing([.character("z"), .function(7), .delete], from: start)
        #expect(effects.isEmpty)
        #expect(after.screen == start.screen && after.provincesTable == start.provincesTable)
    }

    @Test func resizeKeepsTheSelectionVisible() {
        let (end, _) = pressing([.end], from: state(.provinces, width: 120, height: 40))
        var small = end
        _ = Reducer.reduce(&small, .resize(width: 60, height: 20))
        #expect(small.width == 60 && small.height == 20)
        let visible = Table.visibleRowCount(in: ProvincesScreen.tableRect(small))
        #expect(small.provincesTable.firstVisibleRow == 38 - visible)
        #expect(small.provincesTable.selectedRow == 37)
    }

    @Test("every key in the binding table does what the table says", arguments: KeyBindings.all.indices)
    func everyBinding(_ index: Int) {
        let binding = KeyBindings.all[index]
        for key in binding.keys {
            #expect(KeyBindings.action(for: key) == binding.action, "\(key)")
            var viaKey = state(.provinces)
            var viaAction = state(.provinces)
            _ = Reducer.reduce(&viaKey, .move(5))
            _ = Reducer.reduce(&viaAction, .move(5))
            let keyEffects = Reducer.reduce(&viaKey, key: key)
            let actionEffects = Reducer.reduce(&viaAction, binding.action)
            #expect(keyEffects == actionEffects)
            #expect(viaKey.screen == viaAction.screen && viaKey.provincesTable == viaAction.provincesTable)
        }
    }

    @Test func theFooterShowsTheBindingsMarkedForIt() {
        let hints = KeyBindings.footerHints(.indonesian, glyphs: .unicode)
        #expect(hints.map(\.key) == ["q", "Tab", "↓/j", "PgDn", "Home/g"])
        #expect(hints.first?.label == "Keluar")
        #expect(KeyBindings.footerHints(.english, glyphs: .ascii).map(\.key) == ["q", "Tab", "Down/j", "PgDn", "Home/g"])
        #expect(KeyBindings.footerHints(.english, glyphs: .ascii).first?.label == "Quit")
    }
}
