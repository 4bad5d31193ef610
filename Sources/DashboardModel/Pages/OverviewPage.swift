package import TerminalCanvas
import Localization
import RolloutData

/// The texts of the Overview that need more than the day's figures: who reported the totals that
/// came after the official one, and the latest batch with its MPPs and conflicts.
package enum OverviewPage {
    /// The three latest reports after the official total, newest first: "Liputan6.com 230 (1 Mei 2025)".
    package static func laterReports(_ state: DashboardState) -> [String] {
        let language = state.language
        return state.figures.headline.laterReports.suffix(3).reversed().map { report in
            "\(RecordNames.reporter(report.reporter, sources: report.sources, state)) \(language.total(report)) (\(language.date(report.date)))"
        }
    }

    /// The latest batch by the as-of day: its date, kind and counts, its MPPs by name, its conflicts.
    package static func latestBatchLines(_ state: DashboardState) -> [(String, StyleRole)] {
        let language = state.language
        guard let batch = state.figures.latestBatch else { return [(language.text(.noBatchYet), .unknown)] }
        let kind = language.text(batch.kind == .inauguration ? .batchInauguration : .batchSoftLaunch)
        let announced = language.announced(batch) ?? state.glyphs.emDash
        let separator = state.glyphs.separator
        let conflicts = state.store.index.conflicts(involving: Subject.batch(batch.id))
        var lines: [(String, StyleRole)] = [(
            "\(language.longDate(batch.date, unknown: state.glyphs.emDash))\(separator)\(kind)\(separator)\(language.text(.batchCounts, announced, language.integer(batch.mallIDs.count)))",
            conflicts.isEmpty ? .header : .conflict)]
        let names = batch.mallIDs.compactMap { state.store.index.mallByID[$0]?.name }
        lines.append((names.joined(separator: ", "), .text))
        for conflict in conflicts { lines.append(("! " + language.pick(conflict.topic), .conflict)) }
        return lines
    }
}
