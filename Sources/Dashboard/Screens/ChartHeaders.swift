import Localization
import RolloutData
import TerminalCanvas

/// Above the batches of the Timeline: the official national total at the end of each year (the
/// headline rule), beside the MPPs known by name by then and the gap between the two; a disputed
/// total shows every value.
enum TimelineHeader {
    static func height(_ state: DashboardState) -> Int { state.figures.yearEnds.count + 2 }

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
