import Localization
import RolloutData
import TerminalCanvas
@testable import DashboardModel

/// The built-in data as if opened from a file (so that it can be edited), and key presses.
struct EditingFixture {
    let store: RolloutStore

    /// An edit that changes one record: a note on MPP Kabupaten Gowa.
    static let note = SnapshotEdit.setMallNote(mallID: "mpp-73.06", note: LocalizedText(indonesian: "Catatan"))

    /// Today for these tests: after the data's newest fact (31 Jan 2026).
    static let today = Day(year: 2026, month: 11, day: 29)!

    init() throws {
        store = RolloutStore(validated: try RolloutStore.builtin().snapshot, origin: .file("/tmp/mppdash-tests/rollout.json"))
    }

    func state(_ route: Route = .screen(.overview), language: Language = .indonesian, access: DataAccess? = nil) -> DashboardState {
        DashboardState(store: store, today: Self.today, language: language, route: route, width: 100, height: 30, access: access)
    }

    func press(_ keys: [Key], from start: DashboardState) -> (DashboardState, [Effect]) {
        var state = start
        var effects: [Effect] = []
        for key in keys { effects += Reducer.reduce(&state, key: key) }
        return (state, effects)
    }

    /// The keys that type a text.
    static func type(_ text: String) -> [Key] { text.map { Key.character($0) } }

    /// The keys that open the form `title` of the edit menu (by its name in the state's language).
    static func open(_ kind: FormKind, in state: DashboardState) -> [Key] {
        guard let position = EditContext(state).forms.firstIndex(of: kind) else { return [] }
        return [.character("a")] + Array(repeating: Key.down, count: position) + [.enter]
    }

    /// Tab to the field `key` of the open form.
    static func tab(to key: FieldKey, in state: DashboardState) -> [Key] {
        guard let form = state.form, let target = form.fields.firstIndex(where: { $0.key == key }) else { return [] }
        let visible = FormRules.visibleFields(form, state)
        guard let from = visible.firstIndex(of: form.focus), let to = visible.firstIndex(of: target) else { return [] }
        return Array(repeating: Key.tab, count: (to - from + visible.count) % visible.count)
    }

    /// Moves to `key` and types `text` there.
    func fill(_ key: FieldKey, _ text: String, in state: inout DashboardState) {
        for press in Self.tab(to: key, in: state) + Self.type(text) { _ = Reducer.reduce(&state, key: press) }
    }

    /// The problem shown for a field of the open form.
    static func problem(_ key: FieldKey, _ state: DashboardState) -> String? {
        guard let form = state.form, let field = form.field(key) else { return nil }
        return FormRules.problem(field, in: form, state)
    }
}
