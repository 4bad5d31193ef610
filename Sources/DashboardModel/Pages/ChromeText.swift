import TerminalCanvas
package import Localization
import RolloutData

/// The words of the parts every screen shares: the breadcrumb's names, the data's source, the
/// filter in use and the filter menu's entries.
package enum ChromeText {
    /// The name of a route in the breadcrumb.
    package static func crumb(_ route: Route, _ state: DashboardState) -> String {
        let index = state.store.index
        switch route {
        case .screen(let screen): return state.language.text(screen.title)
        case .province(let code): return index.provinceByCode[code]?.name ?? code
        case .region(let code): return index.regionByCode[code]?.shortName ?? code
        case .mall(let id): return index.mallByID[id]?.name ?? id
        case .batch(let id): return index.batch(id).map { RecordNames.batch($0, state) } ?? id
        case .conflict(let id): return index.conflict(id).map { RecordNames.subject($0.subject, state) } ?? id
        case .help: return state.language.text(.screenHelp)
        }
    }

    /// "Sumber data: data bawaan · revisi 12".
    package static func dataSource(_ state: DashboardState) -> String {
        let language = state.language
        let origin: String
        switch state.store.origin {
        case .builtin: origin = language.text(.builtinData)
        case .file(let path): origin = path
        }
        return "\(language.text(.dataSource)): \(origin)\(state.glyphs.separator)\(language.text(.revision)) \(state.store.snapshot.revision)"
    }

    /// The filter in use, in words: "Jawa, Penuh".
    package static func filterSummary(_ state: DashboardState) -> String {
        let language = state.language
        let filter = state.filter
        var parts = IslandGroup.allCases.filter(filter.islandGroups.contains).map(language.name)
        parts += CoverageStatus.allCases.filter(filter.coverage.contains).map { name($0, language) }
        parts += ([nil] + DigitalStage.allCases.map { Optional($0) }).filter(filter.digital.contains)
            .map { $0.map(language.name) ?? language.text(.digitalNone) }
        return parts.joined(separator: ", ")
    }

    /// A filter menu entry: "Kepulauan: Jawa".
    package static func label(_ entry: FilterMenuInput.Entry, _ language: Language) -> String {
        switch entry {
        case .islandGroup(let group): return "\(language.text(.filterGroupIslands)): \(language.name(group))"
        case .coverage(let status): return "\(language.text(.filterGroupCoverage)): \(name(status, language))"
        case .digital(let stage): return "\(language.text(.filterGroupDigital)): \(stage.map(language.name) ?? language.text(.digitalNone))"
        }
    }

    /// A coverage status in words.
    package static func name(_ status: CoverageStatus, _ language: Language) -> String {
        switch status {
        case .none: return language.text(.coverageNone)
        case .partial: return language.text(.coveragePartial)
        case .full: return language.text(.coverageFull)
        case .uncertain: return language.text(.coverageUncertain)
        }
    }
}
