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

    /// The filter of the current list, in words: "Jawa, Penuh".
    package static func filterSummary(_ state: DashboardState) -> String {
        let filter = state.list(state.route).filter
        return FilterMenuInput.entries(state).filter { FilterMenuInput.isOn($0, in: filter) }
            .map { value($0, state) }.joined(separator: ", ")
    }

    /// A filter menu entry: "Kelompok pulau: Jawa".
    package static func label(_ entry: FilterMenuInput.Entry, _ state: DashboardState) -> String {
        let language = state.language
        let group: TextKey
        switch entry {
        case .islandGroup: group = .filterGroupIslands
        case .province: group = .filterGroupProvince
        case .coverage: group = .filterGroupCoverage
        case .status: group = .filterGroupStatus
        case .digital: group = .filterGroupDigital
        case .portal: group = .filterGroupPortal
        }
        return "\(language.text(group)): \(value(entry, state))"
    }

    /// The value of a filter menu entry: "Jawa", "Percontohan".
    package static func value(_ entry: FilterMenuInput.Entry, _ state: DashboardState) -> String {
        let language = state.language
        switch entry {
        case .islandGroup(let group): return language.name(group)
        case .province(let code): return state.store.index.provinceByCode[code]?.name ?? code
        case .coverage(let status): return name(status, language)
        case .status(let status): return name(status, language)
        case .digital(let stage): return stage.map(language.name) ?? language.text(.digitalNone)
        case .portal(let portal): return MallPage.portalText(portal, language)
        }
    }

    /// A region status in words, as the kabupaten/kota lists show it.
    package static func name(_ status: RegionStatusKind, _ language: Language) -> String {
        switch status {
        case .onRecord: return language.text(.statusOnRecord)
        case .coveredByClaim: return language.text(.statusCoveredByClaim)
        case .noMPPPerSource: return language.text(.statusNoMPPPerSource)
        case .notOnRecord: return language.text(.statusNoMall)
        case .administrative: return language.text(.statusAdministrative)
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
