import Localization
import RolloutData
import TerminalCanvas
import Testing
@testable import DashboardModel
@testable import DashboardScreens

/// The texts of the data speak the interface's language on every screen: in Bahasa Indonesia no
/// English sentence of the built-in dataset appears, and in English no Indonesian one; no text
/// needs a "[EN]"/"[ID]" marker, since the built-in dataset gives every text in both.
@Suite("The data speaks the interface's language")
struct LanguageOfTheDataTests {
    let store: RolloutStore

    init() throws {
        store = try RolloutStore.builtin()
    }

    /// Every free text of the snapshot.
    static func texts(_ snapshot: Snapshot) -> [LocalizedText] {
        var texts: [LocalizedText] = [snapshot.title]
        for mall in snapshot.malls {
            texts += [mall.note].compactMap { $0 } + mall.stages.compactMap(\.note) + mall.counts.compactMap(\.note)
        }
        for adoption in snapshot.digital { texts += [adoption.note].compactMap { $0 } + adoption.stages.compactMap(\.note) }
        texts += snapshot.reportedTotals.compactMap(\.note)
        for batch in snapshot.batches { texts += [batch.note].compactMap { $0 } + batch.announcements.compactMap(\.note) }
        texts += snapshot.coverageClaims.compactMap(\.note) + snapshot.milestones.map(\.title)
        for conflict in snapshot.conflicts {
            texts += [conflict.topic] + conflict.claims.map(\.text) + [conflict.resolution].compactMap { $0 }
        }
        return texts
    }

    /// Every screen an official can reach: the top-level screens, each province's list, each
    /// MPP, batch and conflict, and the help.
    func routes() -> [Route] {
        let snapshot = store.snapshot
        return Screen.allCases.map { Route.screen($0) } + snapshot.provinces.map { .province($0.code) }
            + snapshot.malls.map { .mall($0.id) } + snapshot.batches.map { .batch($0.id) }
            + snapshot.conflicts.map { .conflict($0.id) } + [.help]
    }

    /// The whole text of a route, scrolled through, with runs of white space made one space, so
    /// that a sentence wrapped over lines is still found.
    func screenText(_ route: Route, from base: DashboardState) -> String {
        var state = base
        state.stack = DashboardState.stack(leadingTo: route, in: store.index)
        var text = DashboardRenderer.render(state).text
        if route.hasScrollingText {
            text += "\n" + TextPage.rendered(state, width: state.width).map(\.text).joined(separator: "\n")
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The openings of every word of a screen's text, to look openings up without searching the
    /// text for each.
    static func openings(in screen: String) -> Set<String> {
        let characters = Array(screen)
        var result: Set<String> = []
        for start in characters.indices where start == 0 || characters[start - 1] == " " {
            result.insert(String(characters[start..<min(characters.count, start + 28)]))
        }
        return result
    }

    /// The start of a text, as wrapping and cutting with "…" leave it findable.
    static func opening(_ text: String) -> String {
        String(text.split(whereSeparator: \.isWhitespace).joined(separator: " ").prefix(28))
    }

    @Test(arguments: Language.allCases)
    func noTextOfTheDataInTheOtherLanguage(_ language: Language) {
        let foreign = Set(Self.texts(store.snapshot).compactMap { text -> String? in
            guard let indonesian = text.indonesian, let english = text.english else { return nil }
            let other = language == .indonesian ? english : indonesian
            let own = language == .indonesian ? indonesian : english
            let opening = Self.opening(other)
            return opening.count >= 20 && !own.contains(opening) ? opening : nil
        })
        #expect(foreign.count > 100, "the dataset's texts differ between the two languages")
        for asOf in [Day(year: 2024, month: 4, day: 1)!, Day(year: 2026, month: 11, day: 29)!] {
            let base = DashboardState(store: store, today: Day(year: 2026, month: 11, day: 29)!, asOf: asOf, language: language,
                                      width: 200, height: 60)
            for route in routes() {
                let screen = screenText(route, from: base)
                #expect(!screen.contains("[EN]") && !screen.contains("[ID]"), "\(route.name): a text in one language only")
                let shown = Self.openings(in: screen)
                for opening in foreign where shown.contains(opening) {
                    Issue.record("\(route.name) in \(language.rawValue) as of \(asOf) shows \"\(opening)…\"")
                }
            }
        }
    }

    @Test func everyTextOfTheBuiltInDatasetHasBothLanguages() {
        for text in Self.texts(store.snapshot) {
            #expect(text.indonesian?.isEmpty == false && text.english?.isEmpty == false, "\(text)")
        }
    }
}
