import DashboardModel
import Localization
import RolloutData
import TerminalCanvas

/// Above the batches of the Timeline: the official national total at the end of each year (the
/// headline rule), beside the MPPs known by name by then and the gap between the two; a disputed
/// total shows every value.
enum TimelineHeader {
    static func draw(_ state: DashboardState, in grid: inout CellGrid, _ area: Rect) {
        let language = state.language
        let inner = Box.draw(in: &grid, area, title: language.text(.timelineChartTitle), glyphs: state.glyphs)
        let bars = state.figures.yearEnds.suffix(inner.height).map { figure -> BarChart.Bar in
            guard let official = figure.official else {
                return BarChart.Bar(label: String(figure.year), value: 0, valueText: language.text(.noReportYet), role: .unknown)
            }
            let values = Set([official.total] + figure.disputedValues).sorted()
            let reportedThisYear = official.date.year == figure.year
            var text = values.map(language.integer).joined(separator: " / ") + " (\(language.date(official.date)))"
            if !reportedThisYear { text = language.text(.lastReport, text) }
            text += state.glyphs.separator + language.text(.namedLine, language.integer(figure.named))
            if values.count == 1, reportedThisYear {
                text += state.glyphs.separator + language.text(.gapShort, language.integer(official.total - figure.named))
            }
            let role: StyleRole = values.count > 1 ? .conflict : (reportedThisYear ? .chart1 : .muted)
            return BarChart.Bar(label: String(figure.year), value: Double(values.last ?? 0), valueText: text, role: role)
        }
        BarChart.draw(Array(bars), in: &grid, inner, glyphs: state.glyphs)
    }
}

/// Above the MPP Digital table: the regions on record per stage, and the national milestones
/// that were reported without region names.
enum DigitalHeader {
    static func draw(_ state: DashboardState, in grid: inout CellGrid, _ area: Rect) {
        let language = state.language
        let inner = Box.draw(in: &grid, area, title: language.text(.digitalAdoption), glyphs: state.glyphs)
        guard !inner.isEmpty else { return }
        grid.write(language.digitalRecorded(state.figures.digital), x: inner.x, y: inner.y, role: .digital, maxWidth: inner.width)
        for (offset, milestone) in state.figures.digitalMilestones.suffix(inner.height - 1).reversed().enumerated() {
            let line = "\(language.date(milestone.date, unknown: state.glyphs.emDash)): \(language.pick(milestone.title))"
            grid.write(line.truncatedAtWord(toColumns: inner.width, ellipsis: state.glyphs.ellipsis), x: inner.x, y: inner.y + 1 + offset,
                       role: .muted, maxWidth: inner.width)
        }
    }
}

/// Below the island-group table: coverage of each group side by side, every bar on the same
/// scale (the whole width is 100% of the group's units), MPPs known by name and regions covered
/// by provincial reports in their own shapes.
enum IslandsChart {
    static func draw(_ state: DashboardState, in grid: inout CellGrid, _ area: Rect) {
        let language = state.language
        let inner = Box.draw(in: &grid, area, title: language.text(.islandsChartTitle), glyphs: state.glyphs)
        guard !inner.isEmpty else { return }
        let groups = IslandGroup.allCases.prefix(inner.height)
        let labels = groups.map(language.name)
        let values = groups.map { group -> String in
            let coverage = state.figures.coverage.byIslandGroup[group] ?? CoverageCount()
            let known = coverage.covered + coverage.uncertain + coverage.claimCovered
            return "\(language.integer(known))/\(language.integer(coverage.units)) (\(language.percent(coverage.knownFraction)))"
        }
        let labelWidth = min(labels.map(DisplayWidth.of).max() ?? 0, inner.width / 3)
        let valueWidth = values.map(DisplayWidth.of).max() ?? 0
        let barWidth = max(0, inner.width - labelWidth - valueWidth - 2)
        for (row, group) in groups.enumerated() {
            let coverage = state.figures.coverage.byIslandGroup[group] ?? CoverageCount()
            let y = inner.y + row
            grid.write(labels[row].truncated(toColumns: labelWidth, ellipsis: state.glyphs.ellipsis), x: inner.x, y: y, maxWidth: labelWidth)
            let bar = Rect(x: inner.x + labelWidth + 1, y: y, width: barWidth, height: 1)
            let role = StyleRole.charts[row % StyleRole.charts.count]
            StackedGauge.draw([.init(coverage.covered + coverage.uncertain, role: role), .init(coverage.claimCovered, role: .chart2)],
                              of: coverage.units, in: &grid, bar, glyphs: state.glyphs)
            grid.write(values[row], x: bar.maxX + 1, y: y, maxWidth: max(0, inner.maxX - bar.maxX - 1))
        }
    }
}
