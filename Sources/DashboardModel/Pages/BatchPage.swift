import Localization
import RolloutData
package import TerminalCanvas

/// The lines above a batch's member MPPs: its date and kind, who announced how many, how many are
/// known by name, the national total before and after it, its note, its sources and its conflicts.
package enum BatchPage {
    /// The header's lines wrapped to a width, with their roles; a blank line closes them.
    package static func lines(_ id: String, _ state: DashboardState, width: Int) -> [(text: String, role: StyleRole)] {
        let language = state.language
        let index = state.store.index
        guard let batch = index.batch(id) else { return [(language.text(.batchNotFound, id), .bad)] }
        let separator = state.glyphs.separator
        let kind = language.text(batch.kind == .inauguration ? .batchInauguration : .batchSoftLaunch)
        var title = "\(language.text(.fieldBatch)): \(language.longDate(batch.date, unknown: state.glyphs.emDash))\(separator)\(kind)"
        if batch.certainty(asOf: state.asOf, knownBy: index.snapshot.asOf) == .no { title += " (\(language.text(.batchNotYet)))" }
        let announced = RecordNames.announcements(batch, state) ?? language.text(.notReported)
        let totals = index.batchTotals(batch)
        var parts: [(String, StyleRole)] = [
            (title, .header),
            ("\(language.text(.batchAnnounced)): \(announced)\(separator)\(language.text(.batchNamed)): \(language.integer(batch.mallIDs.count))",
             batch.announcedCounts.count > 1 ? .conflict : .text),
            ("\(language.text(.batchTotalBefore)): \(RecordNames.totals(totals.before, state))\(separator)"
                + "\(language.text(.batchTotalAfter)): \(RecordNames.totals(totals.after, state))", .text),
        ]
        if let note = language.pick(batch.note) { parts.append((note, .muted)) }
        parts.append(("\(language.text(.fieldSources)): " + batch.sources.map { "[\($0)]" }.joined(separator: " "), .muted))
        for conflict in index.conflicts(involving: Subject.batch(batch.id)) {
            parts.append((language.text(.batchConflictLine, language.pick(conflict.topic)), .conflict))
        }
        return parts.flatMap { text, role in
            TextPage.wrap(text, width: width - 2).enumerated().map { ($0.offset == 0 ? $0.element : "  " + $0.element, role) }
        } + [("", .text)]
    }

    /// The rows the header takes: all its lines when the table keeps at least four rows.
    package static func height(_ id: String, _ state: DashboardState) -> Int {
        min(lines(id, state, width: state.width - 2).count, max(0, state.bodyHeight - 4))
    }
}
