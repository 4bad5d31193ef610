package import Localization
import RolloutData

/// One line of the command line or the finder: what it says, and the action Enter takes.
public struct PaletteEntry: Hashable, Sendable {
    public var title: String
    /// What it is and where: "MPP · Sulawesi Selatan"; never an internal id.
    public var detail: String
    public var action: PaletteAction
}

/// What a palette or finder entry does.
public enum PaletteAction: Hashable, Sendable {
    case perform(Action)
    /// Opens a route with the stack leading to it, selecting the row `select` in its list.
    case go(Route, select: String?)
    /// Selects a row of the list on screen, by id.
    case select(String)
}

/// The command line (`:`): its entries for what has been typed. A date sets the as-of day;
/// `hari ini`/`today` returns to today; `en`, `id`, `english`, `indonesia`, `bahasa …` switch the
/// language; `export`/`ekspor` with `csv` or `json` and an optional path exports the current view;
/// `tema`/`theme` chooses or saves a theme; a screen's name opens it. Everything else is the
/// finder's (`/`).
package enum Palette {
    package static let maximumEntries = 50

    package static func entries(for input: String, _ state: DashboardState) -> [PaletteEntry] {
        let query = FinderQuery(input)
        let screens = screenEntries(state).compactMap { item in
            query.score(title: item.title, key: item.key).map { ($0, item.entry) }
        }
        return commands(for: input, state) + screens.sorted { $0.0 > $1.0 }.map(\.1)
    }

    /// The commands a typed line reads as, most specific first.
    package static func commands(for input: String, _ state: DashboardState) -> [PaletteEntry] {
        let language = state.language
        let text = String(input.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        let query = SearchText.fold(text)
        var commands: [PaletteEntry] = []
        if let day = Day(iso: text) {
            commands.append(PaletteEntry(title: "\(language.text(.asOf)) \(language.date(day))", detail: language.text(.commandAsOf),
                                         action: .perform(.setAsOf(day))))
        }
        let words = query.split(separator: " ").map(String.init)
        guard let first = words.first else { return commands }
        if todayWords.contains(where: { $0.hasPrefix(query) && query.count >= 3 }) {
            commands.append(PaletteEntry(title: language.text(.commandToday), detail: language.date(state.today),
                                         action: .perform(.returnToToday)))
        }
        if state.offersWrites, ["export", "ekspor", "e"].contains(first) || "export".hasPrefix(first) && first.count >= 2 || "ekspor".hasPrefix(first) && first.count >= 2 {
            // `ekspor json DIR`, `ekspor DIR` (both formats offered), `ekspor`.
            let formatGiven = words.count > 1 && ExportFormat.allCases.contains { $0.rawValue.hasPrefix(words[1]) }
            let parts = text.split(separator: " ", maxSplits: formatGiven ? 2 : 1)
            let path = parts.count > (formatGiven ? 2 : 1) ? parts.last.map(String.init) : nil
            for format in ExportFormat.allCases where !formatGiven || format.rawValue.hasPrefix(words[1]) {
                commands.append(PaletteEntry(title: "\(language.text(.commandExport)) \(format.rawValue)\(path.map { " → \($0)" } ?? "")",
                                             detail: language.text(.commandExportDetail), action: .perform(.export(format, path: path))))
            }
        }
        if ["theme", "tema"].contains(first) || (words.count == 1 && ("theme".hasPrefix(first) || "tema".hasPrefix(first)) && first.count >= 2) {
            let argument = words.count > 1 ? words[1] : ""
            if state.offersWrites, "save".hasPrefix(argument) && !argument.isEmpty || "simpan".hasPrefix(argument) && !argument.isEmpty {
                commands.append(PaletteEntry(title: language.text(.commandThemeSave), detail: state.theme.name, action: .perform(.saveTheme)))
            }
            for theme in state.themes where argument.isEmpty || theme.name.hasPrefix(argument) {
                commands.append(PaletteEntry(title: "\(language.text(.commandTheme)) \(theme.name)", detail: language.pick(theme.description),
                                             action: .perform(.setTheme(theme.name))))
            }
        }
        if state.offersWrites { commands += editCommands(first: first, rest: words.dropFirst().joined(separator: " "), state) }
        for candidate in Language.allCases where Palette.languageWords(candidate).contains(where: { word in
            words.contains(word) || (words.count == 1 && word.hasPrefix(first) && first.count >= 3)
        }) {
            commands.append(PaletteEntry(title: Palette.languageTitle(candidate), detail: language.text(.commandLanguage),
                                         action: .perform(.setLanguage(candidate))))
        }
        return commands
    }

    /// `simpan`/`save`, `urungkan`/`undo`, `ulangi`/`redo`, and `tambah`/`add` with the forms
    /// that fit where the user is (narrowed by the words after it: `tambah peresmian`).
    private static func editCommands(first: String, rest: String, _ state: DashboardState) -> [PaletteEntry] {
        let language = state.language
        func named(_ words: [String]) -> Bool { words.contains { $0 == first || first.count >= 3 && rest.isEmpty && $0.hasPrefix(first) } }
        var commands: [PaletteEntry] = []
        if named(["simpan", "save"]) {
            let unsaved = state.editing?.unsavedCount ?? 0
            commands.append(PaletteEntry(title: language.text(.commandSave), detail: language.text(.unsavedCount, language.integer(unsaved)),
                                         action: .perform(.save)))
        }
        if named(["urungkan", "undo"]) {
            commands.append(PaletteEntry(title: language.text(.keyUndo), detail: language.text(.commandEditDetail), action: .perform(.undo)))
        }
        if named(["ulangi", "redo"]) {
            commands.append(PaletteEntry(title: language.text(.keyRedo), detail: language.text(.commandEditDetail), action: .perform(.redo)))
        }
        if named(["tambah", "add", "ubah", "edit"]) {
            let query = FinderQuery(rest)
            for kind in EditContext(state).forms where query.matches(SearchText.fold(language.text(kind.title) + " " + kind.keywords)) {
                commands.append(PaletteEntry(title: FormView.title(kind, state), detail: language.text(.commandEditDetail),
                                             action: .perform(.openForm(kind))))
            }
        }
        return commands
    }

    /// The words of the command that returns to today, in both languages.
    package static let todayWords = ["hari ini", "today", "sekarang", "now"]

    package static func languageWords(_ language: Language) -> [String] {
        switch language {
        case .indonesian: return ["id", "indonesia", "bahasa", "lang id", "indonesian"]
        case .english: return ["en", "english", "inggris"]
        }
    }

    package static func languageTitle(_ language: Language) -> String {
        language == .indonesian ? "Bahasa Indonesia" : "English"
    }

    /// The top-level screens and the help, by their names in the language and in code.
    package static func screenEntries(_ state: DashboardState) -> [Finder.Item] {
        let language = state.language
        let screens = Screen.allCases.map { screen in
            Finder.Item(title: language.text(screen.title), key: screen.rawValue, rank: 6, rowID: nil,
                        entry: PaletteEntry(title: language.text(screen.title), detail: language.text(.commandScreen),
                                            action: .go(.screen(screen), select: nil)))
        }
        return screens + [Finder.Item(title: language.text(.screenHelp), key: "help", rank: 6, rowID: nil,
                                      entry: PaletteEntry(title: language.text(.screenHelp), detail: language.text(.commandScreen),
                                                          action: .go(.help, select: nil)))]
    }
}
