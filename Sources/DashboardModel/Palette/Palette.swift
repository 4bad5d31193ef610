import Foundation
package import Localization
import RolloutData

/// One line of the command palette: what it says, and the action Enter takes.
public struct PaletteEntry: Hashable, Sendable {
    public var title: String
    public var detail: String
    public var action: PaletteAction
}

/// What a palette entry does.
public enum PaletteAction: Hashable, Sendable {
    case perform(Action)
    /// Opens a route with the stack leading to it, selecting the row `select` in its list.
    case go(Route, select: String?)
}

/// The command palette's entries for what has been typed: a date sets the as-of day; `en`, `id`,
/// `english`, `indonesia`, `bahasa …`, `lang …` switch the language; `export`/`ekspor` with
/// `csv` or `json` and an optional path exports the current view; anything else is matched
/// fuzzily against the screens, the provinces, the kabupaten/kota, the batches (by date), the
/// conflicts (by topic) and the MPPs by name or code.
package enum Palette {
    package static let maximumEntries = 50

    package static func entries(for input: String, _ state: DashboardState) -> [PaletteEntry] {
        let language = state.language
        let text = input.trimmingCharacters(in: .whitespaces)
        let query = SearchText.fold(text)
        var commands: [PaletteEntry] = []
        if let day = Day(iso: text) {
            commands.append(PaletteEntry(title: "\(language.text(.asOf)) \(language.date(day))", detail: language.text(.commandAsOf),
                                         action: .perform(.setAsOf(day))))
        }
        let words = query.split(separator: " ").map(String.init)
        if let first = words.first {
            if ["export", "ekspor", "e"].contains(first) || "export".hasPrefix(first) && first.count >= 2 || "ekspor".hasPrefix(first) && first.count >= 2 {
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
                if "save".hasPrefix(argument) && !argument.isEmpty || "simpan".hasPrefix(argument) && !argument.isEmpty {
                    commands.append(PaletteEntry(title: language.text(.commandThemeSave), detail: state.theme.name, action: .perform(.saveTheme)))
                }
                for theme in state.themes where argument.isEmpty || theme.name.hasPrefix(argument) {
                    commands.append(PaletteEntry(title: "\(language.text(.commandTheme)) \(theme.name)", detail: language.pick(theme.description),
                                                 action: .perform(.setTheme(theme.name))))
                }
            }
            for candidate in Language.allCases where Palette.languageWords(candidate).contains(where: { word in
                words.contains(word) || (words.count == 1 && word.hasPrefix(first) && first.count >= 3)
            }) {
                commands.append(PaletteEntry(title: Palette.languageTitle(candidate), detail: language.text(.commandLanguage),
                                             action: .perform(.setLanguage(candidate))))
            }
        }
        let scored = searchable(state).compactMap { entry -> (Int, PaletteEntry)? in
            if entry.wholeWords, !words.allSatisfy(entry.key.contains) { return nil }
            return FuzzyMatch.score(query, in: entry.key).map { ($0, entry.entry) }
        }
        let named = scored.sorted { $0.0 > $1.0 }.prefix(maximumEntries - commands.count).map(\.1)
        return commands + named
    }

    package static func languageWords(_ language: Language) -> [String] {
        switch language {
        case .indonesian: return ["id", "indonesia", "bahasa", "lang id", "indonesian"]
        case .english: return ["en", "english", "inggris"]
        }
    }

    package static func languageTitle(_ language: Language) -> String {
        language == .indonesian ? "Bahasa Indonesia" : "English"
    }

    /// Every screen, province, kabupaten/kota, batch, conflict and MPP, with its folded search key;
    /// `wholeWords` for the long texts (conflict topics) that every typed word must be part of, so
    /// that a few letters do not match them by chance.
    package static func searchable(_ state: DashboardState) -> [(key: String, entry: PaletteEntry, wholeWords: Bool)] {
        let language = state.language
        let index = state.store.index
        var result: [(key: String, entry: PaletteEntry, wholeWords: Bool)] = []
        for screen in Screen.allCases {
            let title = language.text(screen.title)
            result.append((SearchText.fold("\(title) \(screen.rawValue)"),
                           PaletteEntry(title: title, detail: language.text(.commandScreen), action: .go(.screen(screen), select: nil)), false))
        }
        result.append((SearchText.fold("\(language.text(.screenHelp)) help"),
                       PaletteEntry(title: language.text(.screenHelp), detail: language.text(.commandScreen), action: .go(.help, select: nil)), false))
        for province in index.provinces {
            result.append((SearchText.fold("\(province.name) \(province.code)"),
                           PaletteEntry(title: province.name, detail: "\(language.text(.columnProvince)) \(province.code)",
                                        action: .go(.province(province.code), select: nil)), false))
        }
        for region in state.store.snapshot.regions {
            let province = index.provinceByCode[region.provinceCode]?.name ?? region.provinceCode
            result.append((SearchText.fold("\(region.name) \(region.code) \(region.kindPrefix)"),
                           PaletteEntry(title: region.shortName, detail: "\(province) · \(region.code)",
                                        action: .go(.province(region.provinceCode), select: region.code)), false))
        }
        for batch in index.batchesInDateOrder {
            let name = RecordNames.batch(batch, state)
            result.append((SearchText.fold("\(name) \(RecordNames.batch(batch, state, long: true)) \(batch.id)"),
                           PaletteEntry(title: name, detail: language.text(.commandBatch), action: .go(.batch(batch.id), select: nil)), false))
        }
        for conflict in state.store.snapshot.conflicts {
            let topic = language.pick(conflict.topic)
            result.append((SearchText.fold("\(topic) \(conflict.id)"),
                           PaletteEntry(title: topic, detail: language.text(.commandConflict), action: .go(.conflict(conflict.id), select: nil)),
                           true))
        }
        for mall in state.store.snapshot.malls.prefix(2_000) {
            result.append((SearchText.fold("\(mall.name) \(mall.id)"),
                           PaletteEntry(title: mall.name, detail: mall.id, action: .go(.mall(mall.id), select: nil)), false))
        }
        return result
    }
}
