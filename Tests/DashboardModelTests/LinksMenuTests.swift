import Localization
import RolloutData
import TerminalCanvas
import Testing
@testable import DashboardModel

@Suite("The links menu")
struct LinksMenuTests {
    let store: RolloutStore

    init() throws {
        store = try RolloutStore.builtin()
    }

    func state(_ route: Route) -> DashboardState {
        DashboardState(store: store, today: Day(year: 2026, month: 11, day: 29)!, route: route, width: 100, height: 30)
    }

    func press(_ keys: [Key], from start: DashboardState) -> (DashboardState, [Effect]) {
        var state = start
        let effects = keys.flatMap { Reducer.reduce(&state, key: $0) }
        return (state, effects)
    }

    /// `s` on a page lists its source links whole; Enter copies the one under the cursor (OSC 52
    /// through the app), in both languages; a list has no links and says so.
    @Test func sListsThePagesLinksAndEnterCopiesOne() {
        let gowa = state(.mall("mpp-73.06"))
        let (menu, _) = press([.character("s")], from: gowa)
        guard case .links = menu.mode else {
            Issue.record("s opens the links menu")
            return
        }
        let links = TextPage.links(menu)
        #expect(links.first == "https://menpan.go.id/site/berita-foto/peresmian-bersama-mpp-dan-penguatan-komitmen-penerapan-mpp-digital")
        let (copied, effects) = press([.enter], from: menu)
        #expect(effects == [.copyToClipboard(links[0])])
        #expect(copied.mode == .browsing)
        #expect(copied.message?.text == "Disalin ke papan klip (bila terminal mengizinkan): \(links[0])")
        var english = menu
        english.language = .english
        #expect(press([.enter], from: english).0.message?.text == "Copied to the clipboard (where the terminal allows): \(links[0])")
        #expect(press([.escape], from: menu).0.mode == .browsing)
        let (none, _) = press([.character("s")], from: state(.screen(.provinces)))
        #expect(none.mode == .browsing)
        #expect(none.message?.text == "Halaman ini tidak punya tautan sumber")
    }
}
