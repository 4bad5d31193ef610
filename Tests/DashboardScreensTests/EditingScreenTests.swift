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
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var width: Int
        var height: Int
        var language: Language

        var snapshotName: String { "\(name)-\(width)x\(height)-\(language.rawValue)" }
        var testDescription: String { snapshotName }
    }

    /// What each golden screen shows: the route it starts on and the keys typed there.
    static let scenes: [String: (route: Route, keys: [Key])] = [
        "edit-menu": (.mall("mpp-73.06"), [.character("a")]),
        "form-stage-date-problem": (.mall("mpp-73.06"), [.character("a"), .enter, .tab] + type("2027-01") + [.tab]),
        "form-batch-members": (.screen(.timeline), [.character("a"), .down, .enter] + type("2026-02-10") + [.tab, .tab] + type("3")
            + [.tab, .tab] + type("kota") + [.character(" "), .down]),
        "form-portal-new-source": (.mall("mpp-73.06"), [.character("a"), .down, .enter, .right, .tab]
            + type("https://www.menpan.go.id/site/berita-terkini/mpp-gowa-terintegrasi")),
        "form-cancel-question": (.screen(.overview), [.character("a"), .enter] + type("2026") + [.escape]),
    ]

    static let cases: [Case] = scenes.keys.sorted().flatMap { name in
        [(80, 24), (200, 60)].flatMap { size in Language.allCases.map { Case(name: name, width: size.0, height: size.1, language: $0) } }
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
    func scene(_ testCase: Case) throws {
        let scene = try #require(Self.scenes[testCase.name])
        var state = state(scene.route, testCase.width, testCase.height, testCase.language)
        for key in scene.keys { _ = Reducer.reduce(&state, key: key) }
        assertSnapshot(of: GridSnapshot.text(DashboardRenderer.render(state), theme: .standard, depth: .ansi256), as: .lines,
                       named: testCase.snapshotName)
    }

    static let chooserCases: [Case] = [(80, 24), (200, 60)].flatMap { size in
        Language.allCases.map { Case(name: "save-conflicts", width: size.0, height: size.1, language: $0) }
    }

    /// The chooser, the versions one under the other at 80 columns and side by side at 200.
    @Test(arguments: chooserCases)
    func conflictChooser(_ testCase: Case) throws {
        var state = state(.screen(.provinces), testCase.width, testCase.height, testCase.language)
        try Editor.apply(.setMallNote(mallID: "mpp-73.06", note: LocalizedText(indonesian: "Dibuka pukul 08.00")), &state)
        _ = Reducer.reduce(&state, .save)
        let mine = ["\"id\": \"mpp-73.06\"", "\"name\": \"MPP Kabupaten Gowa\"", "\"note\": {\"id\": \"Dibuka pukul 08.00\"}"]
        let theirs = ["\"id\": \"mpp-73.06\"", "\"name\": \"MPP Kabupaten Gowa\"", "\"note\": {\"id\": \"Dibuka pukul 07.30\"}"]
        _ = Reducer.reduce(&state, .saveConflicts([
            SaveConflict(subject: "mall:mpp-73.06", title: state.subjectTitle("mall:mpp-73.06"), mine: mine, theirs: theirs),
            SaveConflict(subject: "total:2026-02-10", title: state.subjectTitle("total:2026-02-10"), mine: ["\"total\": 320"], theirs: []),
        ]))
        for key in [Key.character("m"), .up] { _ = Reducer.reduce(&state, key: key) }
        assertSnapshot(of: GridSnapshot.text(DashboardRenderer.render(state), theme: .standard, depth: .ansi256), as: .lines,
                       named: testCase.snapshotName)
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
