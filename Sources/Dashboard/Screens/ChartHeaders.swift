import Localization
import RolloutData
import TerminalCanvas

/// Above the batches of the Timeline: the national total as reported at the end of each year,
/// beside the MPPs known by name by then and the gap between the two.
enum TimelineHeader {
    static func height(_ state: DashboardState) -> Int { state.figures.yearEnds.count + 2 }

    static func draw(_ state: DashboardState, in grid: inout CellGrid, _ area: Rect) {
        let language = state.language
        let inner = Box.draw(in: &grid, area, title: language.text(.timelineChartTitle), glyphs: state.glyphs)
        let figures = state.figures.yearEnds
        let bars = figures.suffix(inner.height).map { figure -> BarChart.Bar in
            let totals = Set(figure.reports.map(\.total)).sorted()
            let value = Double(totals.last ?? 0)
            guard let last = figure.reports.first else {
                return BarChart.Bar(label: String(figure.year), value: 0, valueText: language.text(.noReportYet), role: .unknown)
            }
            let reportedThisYear = last.date.year == figure.year
            var text = totals.map(language.integer).joined(separator: "/") + " (\(language.date(last.date)))"
            if !reportedThisYear { text = language.text(.lastReport, text) }
            text += state.glyphs.separator + language.text(.namedLine, language.integer(figure.named))
            if totals.count == 1, reportedThisYear {
                text += state.glyphs.separator + language.text(.gapShort, language.integer(totals[0] - figure.named))
            }
            let role: StyleRole = totals.count > 1 ? .conflict : (reportedThisYear ? .chart1 : .muted)
            return BarChart.Bar(label: String(figure.year), value: value, valueText: text, role: role)
        }
        BarChart.draw(Array(bars), in: &grid, inner, glyphs: state.glyphs)
    }
}

/// Above the MPP Digital table: the regions on record per stage, and the national milestones
/// that were reported without region names.
enum DigitalHeader {
    static func height(_ state: DashboardState) -> Int { 2 + 1 + min(4, state.figures.digitalMilestones.count) }

    static func draw(_ state: DashboardState, in grid: inout CellGrid, _ area: Rect) {
        let language = state.language
        let inner = Box.draw(in: &grid, area, title: language.text(.digitalAdoption), glyphs: state.glyphs)
        guard !inner.isEmpty else { return }
        grid.write(language.digitalRecorded(state.figures.digital), x: inner.x, y: inner.y, role: .digital, maxWidth: inner.width)
        for (offset, milestone) in state.figures.digitalMilestones.suffix(inner.height - 1).reversed().enumerated() {
            let line = "\(language.date(milestone.date)): \(language.pick(milestone.title))"
            grid.write(line.truncated(toColumns: inner.width, ellipsis: state.glyphs.ellipsis), x: inner.x, y: inner.y + 1 + offset,
                       role: .muted, maxWidth: inner.width)
        }
    }
}

/// Below the island-group table: coverage of each group side by side as bars.
enum IslandsChart {
    static func draw(_ state: DashboardState, in grid: inout CellGrid, _ area: Rect) {
        let language = state.language
        let inner = Box.draw(in: &grid, area, title: language.text(.islandsChartTitle), glyphs: state.glyphs)
        let bars = IslandGroup.allCases.map { group -> BarChart.Bar in
            let coverage = state.figures.coverage.byIslandGroup[group] ?? CoverageCount()
            return BarChart.Bar(label: language.name(group), value: coverage.fraction * 100,
                                valueText: OverviewScreen.coverageText(coverage, language),
                                role: StyleRole.charts[IslandGroup.allCases.firstIndex(of: group)! % StyleRole.charts.count])
        }
        BarChart.draw(bars, in: &grid, inner, glyphs: state.glyphs)
    }
}
