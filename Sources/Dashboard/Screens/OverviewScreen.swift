import Localization
import RolloutData
import TerminalCanvas

/// Ringkasan / Overview: national coverage against the 509 denominator, reported totals against
/// MPPs known by name, MPP Digital, MPPs opened per year, and the latest batch.
enum OverviewScreen {
    static func draw(_ state: DashboardState, in grid: inout CellGrid, _ body: Rect) {
        let glyphs = state.glyphs
        let (coverageArea, rest) = body.splitTop(5)
        let (middle, batchArea) = rest.splitBottom(min(5, max(0, rest.height - 6)))
        drawCoverage(state, in: &grid, Box.draw(in: &grid, coverageArea, title: state.language.text(.nationalCoverage), glyphs: glyphs))
        let halves = middle.columns([1, 1], gap: 0)
        let (reportedArea, digitalArea) = halves[0].splitTop(min(6, halves[0].height / 2 + 1))
        drawReported(state, in: &grid, Box.draw(in: &grid, reportedArea, title: state.language.text(.reportedVsNamed), glyphs: glyphs))
        drawDigital(state, in: &grid, Box.draw(in: &grid, digitalArea, title: state.language.text(.digitalAdoption), glyphs: glyphs))
        drawPerYear(state, in: &grid, Box.draw(in: &grid, halves[1], title: state.language.text(.mallsPerYear), glyphs: glyphs))
        drawLatestBatch(state, in: &grid, Box.draw(in: &grid, batchArea, title: state.language.text(.latestBatch), glyphs: glyphs))
    }

    private static func drawCoverage(_ state: DashboardState, in grid: inout CellGrid, _ area: Rect) {
        guard !area.isEmpty else { return }
        let language = state.language
        let national = state.figures.coverage.national
        let summary = coverageText(national, language)
        let labelWidth = min(DisplayWidth.of(summary), area.width / 2)
        let (gaugeArea, labelArea) = area.splitLeft(area.width - labelWidth - 1)
        Gauge.draw(national.fraction, in: &grid, Rect(x: gaugeArea.x, y: area.y, width: gaugeArea.width, height: 1), glyphs: state.glyphs)
        grid.write(summary, x: labelArea.x + 1, y: area.y, role: .header, maxWidth: labelArea.width - 1)
        let target = language.text(.nationalTarget, language.integer(national.units), language.text(.denominatorBasis))
            + state.glyphs.separator + language.text(.targetRemaining, language.integer(national.units - national.covered))
        grid.write(target, x: area.x, y: area.y + 1, role: .muted, maxWidth: area.width)
        let all = language.text(.coverageOf514, coverageText(state.figures.coverage.allRegions, language))
        grid.write(all, x: area.x, y: area.y + 2, role: .muted, maxWidth: area.width)
    }

    static func coverageText(_ count: CoverageCount, _ language: Language) -> String {
        var text = "\(language.integer(count.covered))/\(language.integer(count.units)) (\(language.percent(count.fraction)))"
        if count.uncertain > 0 { text += " +\(language.integer(count.uncertain)) \(language.text(.uncertain))" }
        return text
    }

    private static func drawReported(_ state: DashboardState, in grid: inout CellGrid, _ area: Rect) {
        let language = state.language
        let reported = state.figures.reported
        var lines: [(String, StyleRole)] = []
        if let first = reported.latestReports.first {
            let values = reported.latestReports.map { language.integer($0.total) }.joined(separator: " / ")
            lines.append((language.text(.reportedLine, values, language.date(first.date)),
                          reported.reportedTotal == nil ? .conflict : .text))
            if reported.reportedTotal == nil { lines.append((language.text(.reportedTotalsDisagree), .conflict)) }
        } else {
            lines.append((language.text(.reportedTotal) + ": " + language.text(.noReportYet), .unknown))
        }
        var named = language.text(.namedLine, language.integer(reported.namedOpen))
        if reported.namedPossiblyOpen > 0 { named += " +\(language.integer(reported.namedPossiblyOpen)) \(language.text(.uncertain))" }
        lines.append((named, .text))
        if let gap = reported.gap { lines.append((language.text(.gapLine, language.integer(gap)), .unknown)) }
        drawLines(lines, in: &grid, area, glyphs: state.glyphs)
    }

    private static func drawDigital(_ state: DashboardState, in grid: inout CellGrid, _ area: Rect) {
        let language = state.language
        let digital = state.figures.digital
        var lines: [(String, StyleRole)] = [(language.digitalRecorded(digital), .digital)]
        for milestone in state.figures.digitalMilestones.suffix(max(0, area.height - 1)).reversed() {
            lines.append(("\(language.date(milestone.date)): \(language.pick(milestone.title))", .muted))
        }
        drawLines(lines, in: &grid, area, glyphs: state.glyphs)
    }

    private static func drawPerYear(_ state: DashboardState, in grid: inout CellGrid, _ area: Rect) {
        let language = state.language
        let bars = state.figures.openingsByYear.suffix(area.height).map { entry in
            BarChart.Bar(label: entry.year.map(String.init) ?? language.text(.undated), value: Double(entry.total),
                         valueText: language.integer(entry.total), role: entry.year == nil ? .unknown : .chart1)
        }
        BarChart.draw(Array(bars), in: &grid, area, glyphs: state.glyphs)
    }

    private static func drawLatestBatch(_ state: DashboardState, in grid: inout CellGrid, _ area: Rect) {
        let language = state.language
        guard let batch = state.figures.latestBatch else {
            drawLines([(language.text(.noBatchYet), .unknown)], in: &grid, area, glyphs: state.glyphs)
            return
        }
        let kind = language.text(batch.kind == .inauguration ? .batchInauguration : .batchSoftLaunch)
        let announced = language.announced(batch) ?? state.glyphs.emDash
        let separator = state.glyphs.separator
        var lines: [(String, StyleRole)] = [(
            "\(language.date(batch.date))\(separator)\(kind)\(separator)\(language.text(.batchCounts, announced, language.integer(batch.mallIDs.count)))",
            .header)]
        let names = batch.mallIDs.compactMap { state.store.index.mallByID[$0]?.name }
        lines.append((names.joined(separator: ", "), .text))
        if !state.store.index.conflicts(involving: "batch:\(batch.id)").isEmpty {
            lines.append((language.text(.sourcesDisagree), .conflict))
        }
        drawLines(lines, in: &grid, area, glyphs: state.glyphs)
    }

    private static func drawLines(_ lines: [(String, StyleRole)], in grid: inout CellGrid, _ area: Rect, glyphs: GlyphSet) {
        for (offset, line) in lines.prefix(area.height).enumerated() {
            grid.write(line.0.truncated(toColumns: area.width, ellipsis: glyphs.ellipsis), x: area.x, y: area.y + offset,
                       role: line.1, maxWidth: area.width)
        }
    }
}
