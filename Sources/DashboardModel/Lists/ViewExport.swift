import Localization
import RolloutData

/// The current view as a table for `e` and the palette's export: a list exactly as shown
/// (filtered and sorted, typed cells), the Overview's figures or a text page's lines as
/// label/value rows.
package enum ViewExport {
    /// Nil when the view has no rows (a filter that admits nothing): a file with only a header
    /// would look like a successful export.
    package static func request(_ state: DashboardState, format: ExportFormat, path: String?) -> ExportRequest? {
        let (header, rows) = table(state)
        guard !rows.isEmpty else { return nil }
        return ExportRequest(format: format, path: path, viewName: viewName(state.route), header: header, rows: rows)
    }

    /// The route's name as a file name: `province-73`.
    package static func viewName(_ route: Route) -> String {
        route.name.replacing(":", with: "-")
    }

    private static func table(_ state: DashboardState) -> (header: [String], rows: [[ExportValue]]) {
        let language = state.language
        let pair = [language.text(.columnName), language.text(.columnValue)]
        if let view = state.currentList {
            let spec = view.spec
            let rows = view.rows
            let kept = spec.columns.indices.filter { column in
                !spec.columns[column].title.isEmpty || rows.contains { !$0.cells[column].text.isEmpty }
            }
            return (kept.map { spec.columns[$0].title.isEmpty ? "!" : spec.columns[$0].title },
                    rows.map { row in kept.map { row.values[safe: $0] ?? .unknown } })
        }
        if state.route == .screen(.overview) {
            return (pair, OverviewPage.exportRows(state).map { [.text($0.label), $0.value] })
        }
        return (pair, TextPage.lines(state).map { [.text($0.label), .text($0.value)] })
    }
}
