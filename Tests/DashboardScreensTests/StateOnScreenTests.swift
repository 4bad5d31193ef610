import RolloutData
import TerminalCanvas
import Testing
@testable import DashboardModel
@testable import DashboardScreens

/// What the reducer changed, as the screens draw it: columns scrolled, a refusal beside the prompt.
@Suite("State on screen")
struct StateOnScreenTests {
    let store: RolloutStore

    init() throws {
        store = try RolloutStore.builtin()
    }

    func press(_ keys: [Key], on route: Route, width: Int = 80) -> DashboardState {
        var state = DashboardState(store: store, route: route, width: width, height: 24)
        for key in keys { _ = Reducer.reduce(&state, key: key) }
        return state
    }

    @Test func columnsScrolledAwayLeaveTheCodeColumn() {
        let grid = DashboardRenderer.render(press([.character("l"), .right], on: .screen(.provinces), width: 60))
        #expect(grid.line(1).hasPrefix(" Kode "), "the code column stays")
        #expect(!grid.line(1).contains("Provinsi"), "the name scrolled away")
    }

    @Test func aRefusedPasteIsSaidBesideThePrompt() {
        var state = press([.character("/")], on: .screen(.provinces))
        Reducer.reduce(&state, paste: String(repeating: "Aceh\r\n", count: 20_000))
        #expect(DashboardRenderer.render(state).line(state.height - 2).contains("Teks terlalu panjang"))
    }
}
