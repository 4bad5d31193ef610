import DashboardModel
import Localization
import RolloutData
import TerminalCanvas

/// Every list screen: an optional header (a chart or a summary line) above the table of its
/// `ListSpec`, filtered and sorted, with the rows the search matches highlighted.
enum ListScreen {
    static func draw(_ state: DashboardState, spec: ListSpec, in grid: inout CellGrid) {
        let body = state.body
        let header = ScreenLayout.headerHeight(state)
        let table = ScreenLayout.tableRect(state)
        switch state.route {
        case .screen(.timeline): TimelineHeader.draw(state, in: &grid, body.splitTop(header).top)
        case .screen(.digital): DigitalHeader.draw(state, in: &grid, body.splitTop(header).top)
        case .screen(.islands): IslandsChart.draw(state, in: &grid, Rect(x: body.x, y: table.maxY, width: body.width, height: header))
        case .province(let code): PlaceHeader.draw(province: code, state, in: &grid, body.splitTop(header).top)
        case .region(let code): PlaceHeader.draw(region: code, state, in: &grid, body.splitTop(header).top)
        case .batch(let id): BatchHeader.draw(id, state, in: &grid, body.splitTop(header).top)
        default: break
        }
        let list = state.list(state.route)
        var rows = spec.visibleRows(list, filter: state.filter).map(\.cells)
        let query = SearchText.fold(list.query)
        if !query.isEmpty {
            let visible = spec.visibleRows(list, filter: state.filter)
            for (index, row) in visible.enumerated() where row.searchText.contains(query) {
                rows[index] = rows[index].map { cell in
                    guard cell.gauge == nil, SearchText.fold(cell.text).contains(query) else { return cell }
                    return TableCell(cell.text, role: .searchMatch)
                }
            }
        }
        Table.draw(columns: spec.columns, rows: rows, state: list.table, in: &grid, table, glyphs: state.glyphs,
                   highlight: .leadingColumns(2))
        if rows.isEmpty, table.height > 1 {
            grid.write(state.language.text(state.filter.isEmpty ? .listEmpty : .listEmptyFiltered), x: table.x + 2, y: table.y + 1,
                       role: .muted, maxWidth: table.width - 2)
        }
    }

    /// "12/38" for the status bar.
    static func position(_ state: DashboardState, spec: ListSpec) -> String {
        let count = spec.visibleRows(state.list(state.route), filter: state.filter).count
        let selected = count == 0 ? 0 : (state.list(state.route).table.selectedRow ?? 0) + 1
        return state.language.text(.rowsPosition, String(selected), String(count))
    }
}

/// The lines above a province's kabupaten/kota (its coverage by kind, and the provincial
/// report it rests on), or above a kabupaten/kota's MPPs.
enum PlaceHeader {
    static func draw(province code: String, _ state: DashboardState, in grid: inout CellGrid, _ area: Rect) {
        guard !area.isEmpty, let entry = state.figures.coverage.byProvince.first(where: { $0.province.code == code }) else { return }
        let language = state.language
        let separator = state.glyphs.separator
        let coverage = entry.coverage
        var lines: [(String, StyleRole)] = [(
            [entry.province.name, language.name(entry.province.islandGroup),
             "\(language.integer(entry.regions)) \(language.text(.regions).lowercased())"].joined(separator: separator), .header)]
        let known = coverage.covered + coverage.uncertain + coverage.claimCovered
        var parts = [language.text(.partNamed, language.integer(coverage.covered + coverage.uncertain))]
        if coverage.claimCovered > 0 { parts.append(language.text(.partClaimed, language.integer(coverage.claimCovered))) }
        if coverage.noMPPPerSource > 0 {
            parts.append(language.text(.partNoMPP, language.integer(coverage.noMPPPerSource)))
        }
        lines.append(("\(language.text(.coverage)) \(language.integer(known))/\(language.integer(coverage.units)) "
                      + "(\(language.percent(coverage.knownFraction))): " + parts.joined(separator: separator), .text))
        if let claim = latestClaim(code, state) {
            lines.append((ClaimText.summary(claim, state), .chart2))
        }
        for (offset, line) in lines.prefix(min(ScreenLayout.provinceHeaderLines, area.height)).enumerated() {
            grid.write(line.0.truncated(toColumns: area.width - 2, ellipsis: state.glyphs.ellipsis), x: area.x + 1, y: area.y + offset,
                       role: line.1, maxWidth: area.width - 2)
        }
    }

    /// The latest coverage claim about a province made by the as-of day.
    static func latestClaim(_ provinceCode: String, _ state: DashboardState) -> CoverageClaim? {
        state.store.snapshot.coverageClaims
            .filter { $0.provinceCode == provinceCode && $0.date.lastDay <= state.asOf }
            .max { ($0.date.lastDay, $0.id) < ($1.date.lastDay, $1.id) }
    }

    static func draw(region code: String, _ state: DashboardState, in grid: inout CellGrid, _ area: Rect) {
        guard !area.isEmpty else { return }
        grid.write(MallPage.placeName(.region(code), state), x: area.x + 1, y: area.y, role: .header, maxWidth: area.width - 2)
    }
}

/// A coverage claim in words: "Laporan 12 Desember 2024: semua kab/kota memiliki MPP [sources]".
enum ClaimText {
    static func summary(_ claim: CoverageClaim, _ state: DashboardState) -> String {
        let language = state.language
        let index = state.store.index
        let what: String
        switch claim.covers {
        case .all:
            let except = claim.except.compactMap { index.regionByCode[$0]?.shortName }
            what = except.isEmpty ? language.text(.claimAll) : language.text(.claimAllExcept, except.joined(separator: ", "))
        case .none: what = language.text(.claimNone)
        case .listed: what = language.text(.claimListed, language.integer(claim.regions.count))
        }
        return language.text(.claimLine, language.longDate(claim.date), what) + " [" + claim.sources.joined(separator: ", ") + "]"
    }
}
