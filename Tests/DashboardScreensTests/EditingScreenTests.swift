import Localization
import RolloutData
import SnapshotTesting
import TerminalCanvas
import Testing
@testable import DashboardModel
@testable import DashboardScreens

/// Golden screens of editing: the edit menu, forms (with a validation message, a list to pick
/// from, a new source's fields), the conflict chooser and the unsaved-changes question, at 80×24
/// and 200×60 in both languages; and the status bar's marks.
@Suite("Golden screens of editing")
struct EditingScreenTests {
    /// What each golden screen shows: the route it starts on and the keys typed there.
    static let scenes: [String: (route: Route, keys: [Key])] = [
        "edit-menu": (.mall("mpp-73.06"), [.character("a")]),
        "form-stage-date-problem": (.mall("mpp-73.06"), [.character("a"), .enter, .tab] + type("2027-01") + [.tab]),
        "form-batch-members": (.screen(.timeline), [.character("a"), .down, .enter] + type("2026-02-10") + [.tab, .tab] + type("3")
            + [.tab, .tab] + type("kota dumai") + [.enter] + type("kota") + [.down]),
        "form-portal-new-source": (.mall("mpp-73.06"), [.character("a"), .down, .enter, .right, .tab]
            + type("https://www.menpan.go.id/site/berita-terkini/mpp-gowa-terintegrasi")),
        "form-cancel-question": (.screen(.overview), [.character("a"), .enter] + type("2026") + [.escape]),
        "form-conflict-scrolled": (.batch("2024-03-07"), [.character("a")] + Array(repeating: .down, count: 8) + [.enter, .tab]
            + type("Tanggal peresmian") + [.tab, .tab, .right]
            + Array(repeating: .tab, count: 9) + type("menpan")),
    ]

    /// `NAME-WIDTHxHEIGHT-LANGUAGE` for every scene, at 80×24 and 200×60, in both languages.
    static func cases(_ names: [String]) -> [String] {
        names.flatMap { name in ["80x24", "200x60"].flatMap { size in Language.allCases.map { "\(name)-\(size)-\($0.rawValue)" } } }
    }

    static let cases = cases(scenes.keys.sorted())

    /// The scene, size and language of a case's name.
    static func parse(_ name: String) throws -> (scene: String, width: Int, height: Int, language: Language) {
        let parts = name.split(separator: "-")
        let size = try #require(parts.dropLast().last).split(separator: "x").compactMap { Int($0) }
        let language = try #require(parts.last.flatMap { Language(rawValue: String($0)) })
        return (parts.dropLast(2).joined(separator: "-"), size[0], size[1], language)
    }

    static func type(_ text: String) -> [Key] { text.map { Key.character($0) } }

    let store: RolloutStore

    init() throws {
        store = RolloutStore(validated: try RolloutStore.builtin().snapshot, origin: .file("/tmp/mppdash-tests/rollout.json"))
    }

    func state(_ route: Route, _ width: Int, _ height: Int, _ language: Language) -> DashboardState {
        DashboardState(store: store, today: ScreenSnapshotTests.today, language: language, route: route, width: width, height: height)
    }

    @Test(arguments: cases)
    func scene(_ name: String) throws {
        let parsed = try Self.parse(name)
        let scene = try #require(Self.scenes[parsed.scene])
        var state = state(scene.route, parsed.width, parsed.height, parsed.language)
        for key in scene.keys { _ = Reducer.reduce(&state, key: key) }
        assertSnapshot(of: GridSnapshot.text(DashboardRenderer.render(state), theme: .standard, depth: .ansi256), as: .lines, named: name)
    }

    /// The chooser, the versions one under the other at 80 columns and side by side at 200.
    @Test(arguments: cases(["save-conflicts"]))
    func conflictChooser(_ name: String) throws {
        let parsed = try Self.parse(name)
        var state = state(.screen(.provinces), parsed.width, parsed.height, parsed.language)
        try Editor.apply(.setMallNote(mallID: "mpp-73.06", note: LocalizedText(indonesian: "Dibuka pukul 08.00")), &state)
        _ = Reducer.reduce(&state, .save)
        let mine = ["\"id\": \"mpp-73.06\"", "\"name\": \"MPP Kabupaten Gowa\"", "\"note\": {\"id\": \"Dibuka pukul 08.00\"}"]
        let theirs = ["\"id\": \"mpp-73.06\"", "\"name\": \"MPP Kabupaten Gowa\"", "\"note\": {\"id\": \"Dibuka pukul 07.30\"}"]
        _ = Reducer.reduce(&state, .saveConflicts([
            SaveConflict(subject: "mall:mpp-73.06", title: state.subjectTitle("mall:mpp-73.06"), mine: mine, theirs: theirs),
            SaveConflict(subject: "total:2026-02-10", title: state.subjectTitle("total:2026-02-10"), mine: ["\"total\": 320"], theirs: []),
        ]))
        for key in [Key.character("m"), .up] { _ = Reducer.reduce(&state, key: key) }
        assertSnapshot(of: GridSnapshot.text(DashboardRenderer.render(state), theme: .standard, depth: .ansi256), as: .lines, named: name)
    }

    @Test func theUnsavedQuestionAndTheStatusBarMarks() throws {
        var state = state(.screen(.provinces), 80, 24, .indonesian)
        try Editor.apply(.setMallNote(mallID: "mpp-73.06", note: LocalizedText(indonesian: "Catatan")), &state)
        try Editor.apply(.setMallNote(mallID: "mpp-73.06", note: LocalizedText(indonesian: "Catatan lain")), &state)
        let status = DashboardRenderer.render(state).line(22)
        #expect(status.hasPrefix("● belum disimpan (2)"))
        _ = Reducer.reduce(&state, key: .character("q"))
        assertSnapshot(of: GridSnapshot.text(DashboardRenderer.render(state), theme: .standard, depth: .ansi256), as: .lines,
                       named: "unsaved-question-80x24-id")
        state.language = .english
        _ = Reducer.reduce(&state, key: .escape)
        #expect(DashboardRenderer.render(state).line(22).hasPrefix("● unsaved (2)"))
        let readOnly = DashboardState(store: store, today: ScreenSnapshotTests.today, route: .screen(.provinces), access: .readOnly)
        #expect(DashboardRenderer.render(readOnly).line(22).hasPrefix("hanya baca"))
        var ascii = state
        ascii.setTerminalGlyphs(.ascii)
        #expect(DashboardRenderer.render(ascii).line(22).hasPrefix("* unsaved (2)"))
    }
}
