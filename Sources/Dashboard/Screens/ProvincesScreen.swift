import Localization
import RolloutData
import TerminalCanvas

/// Provinsi / Provinces: the 38 provinces with their kabupaten/kota, how many have an MPP,
/// coverage with a bar, and MPP Digital regions on record.
public enum ProvincesScreen {
    static func rowCount(_ state: DashboardState) -> Int { state.figures.coverage.byProvince.count }

    /// Where the table sits: the whole body.
    static func tableRect(_ state: DashboardState) -> Rect {
        Rect(x: 0, y: 1, width: state.width, height: state.bodyHeight)
    }

    static func columns(_ language: Language) -> [TableColumn] {
        [TableColumn(language.text(.columnCode), width: 4),
         TableColumn(language.text(.columnProvince), width: 26, minWidth: 12, flexible: true),
         TableColumn(language.text(.columnIslandGroup), width: 18, minWidth: 8, flexible: true),
         TableColumn(language.text(.columnRegions), width: 8, alignment: .right),
         TableColumn(language.text(.columnWithMall), width: 7, alignment: .right),
         TableColumn(language.text(.columnCoverage), width: 7, alignment: .right),
         TableColumn("", width: 12, minWidth: 6, flexible: true),
         TableColumn(language.text(.columnDigitalShort), width: 7, alignment: .right)]
    }

    static func rows(_ state: DashboardState) -> [[TableCell]] {
        let language = state.language
        return state.figures.coverage.byProvince.map { entry in
            let coverage = entry.coverage
            let digital = state.figures.digital.byProvince[entry.province.code]?.values.reduce(0, +) ?? 0
            let role: StyleRole = coverage.covered == 0 ? .bad : (coverage.covered == coverage.units ? .good : .text)
            var withMall = "\(language.integer(coverage.covered))/\(language.integer(coverage.units))"
            if coverage.uncertain > 0 { withMall = "+\(coverage.uncertain) " + withMall }
            return [TableCell(entry.province.code, role: .muted), TableCell(entry.province.name),
                    TableCell(language.name(entry.province.islandGroup), role: .muted),
                    TableCell(language.integer(entry.regions)), TableCell(withMall, role: role),
                    TableCell(language.percent(coverage.fraction), role: role), .gauge(coverage.fraction),
                    TableCell(digital > 0 ? language.integer(digital) : state.glyphs.emDash, role: digital > 0 ? .digital : .muted)]
        }
    }

    static func draw(_ state: DashboardState, in grid: inout CellGrid, _ body: Rect) {
        Table.draw(columns: columns(state.language), rows: rows(state), state: state.provincesTable,
                   in: &grid, body, glyphs: state.glyphs)
    }

    /// "12/38" for the status bar.
    static func position(_ state: DashboardState) -> String {
        let selected = (state.provincesTable.selectedRow ?? 0) + 1
        return state.language.text(.rowsPosition, String(selected), String(rowCount(state)))
    }
}
