import Foundation
import Localization
import RolloutData

/// The current view as a table for `e` and the palette's export: a list exactly as shown
/// (filtered and sorted, cell texts), or the figures of a text screen as label/value rows.
package enum ViewExport {
    package static func request(_ state: DashboardState, format: ExportFormat, path: String?) -> ExportRequest {
        let (header, rows) = table(state)
        return ExportRequest(format: format, path: path, viewName: viewName(state.route), header: header, rows: rows)
    }

    /// The route's name as a file name: `province-73`.
    package static func viewName(_ route: Route) -> String {
        route.name.replacingOccurrences(of: ":", with: "-")
    }

    private static func table(_ state: DashboardState) -> (header: [String], rows: [[String]]) {
        if let spec = ListCatalog.spec(for: state.route, state) {
            let rows = spec.visibleRows(state.list(state.route))
            let kept = spec.columns.indices.filter { column in
                !spec.columns[column].title.isEmpty || rows.contains { !$0.cells[column].text.isEmpty }
            }
            return (kept.map { spec.columns[$0].title.isEmpty ? "!" : spec.columns[$0].title },
                    rows.map { row in kept.map { row.cells[$0].text } })
        }
        let language = state.language
        return ([language.text(.columnName), language.text(.columnValue)], TextPage.lines(state).map { [$0.label, $0.value] })
    }
}
