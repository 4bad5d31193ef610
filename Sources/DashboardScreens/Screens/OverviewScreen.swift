import DashboardModel
import Localization
import RolloutData
import TerminalCanvas

/// Ringkasan / Overview: the latest official total against the 509 denominator, drawn beside
/// what is known by name and what provincial reports cover; the reports against the MPPs known
/// by name; MPP Digital; MPPs opened per year; the latest batch.
enum OverviewScreen {
    static func draw(_ state: DashboardState, in grid: inout CellGrid, _ body: Rect) {
        let glyphs = state.glyphs
        let language = state.language
        let (coverageArea, rest) = body.splitTop(7)
        let (middle, batchArea) = rest.splitBottom(min(5, max(0, rest.height - 6)))
        drawCoverage(state, in: &grid, Box.draw(in: &grid, coverageArea, title: language.text(.nationalCoverage), glyphs: glyphs))
        let halves = middle.columns([1, 1], gap: 0)
        let (reportedArea, digitalArea) = halves[0].splitTop(min(6, halves[0].height / 2 + 1))
        drawReported(state, in: &grid, Box.draw(in: &grid, reportedArea, title: language.text(.reportedPanel), glyphs: glyphs))
        drawDigital(state, in: &grid, Box.draw(in: &grid, digitalArea, title: language.text(.digitalAdoption), glyphs: glyphs))
        let perYearTitle = language.text(.mallsPerYear, String(StackedGauge.fill(1, glyphs)))
        drawPerYear(state, in: &grid, Box.draw(in: &grid, halves[1], title: perYearTitle, glyphs: glyphs))
        drawLatestBatch(state, in: &grid, Box.draw(in: &grid, batchArea, title: language.text(.latestBatch), glyphs: glyphs))
    }

    private static func drawCoverage(_ state: DashboardState, in grid: inout CellGrid, _ area: Rect) {
        guard !area.isEmpty else { return }
        let language = state.language
        let glyphs = state.glyphs
        let national = state.figures.coverage.national
        let headline = state.figures.headline
        var lines: [[(String, StyleRole)]] = [headlineLine(state)]
        let parts = OverviewPage.CoverageParts(headline, units: national.units, national: national)
        let gaugeY = area.y + 1
        if area.height > 1 {
            StackedGauge.draw([.init(parts.named, role: .gaugeFilled), .init(parts.claimed, role: .chart2),
                               .init(parts.unplaced, role: .unknown)],
                              of: national.units, in: &grid, Rect(x: area.x, y: gaugeY, width: area.width, height: 1), glyphs: glyphs)
        }
        var named = language.text(.partNamed, language.integer(parts.named))
        if national.uncertain > 0 { named += " (\(language.integer(national.uncertain)) \(language.text(.uncertain)))" }
        let legend = [
            (String(StackedGauge.fill(0, glyphs)) + " " + named, StyleRole.text),
            (String(StackedGauge.fill(1, glyphs)) + " " + language.text(.partClaimed, language.integer(parts.claimed)), .text),
            (String(StackedGauge.fill(2, glyphs)) + " " + language.text(.partUnplaced, language.integer(parts.unplaced)), .unknown),
            (String(glyphs.gaugeEmpty) + " " + language.text(.partRest, language.integer(parts.rest)), .muted),
        ]
        lines.append([])
        lines += wrapSegments(legend, width: area.width, separator: glyphs.separator)
        let target = language.text(.targetLine, language.integer(national.units), language.text(.denominatorBasis))
            + glyphs.separator + language.text(.coverageOf514, coverageText(state.figures.coverage.allRegions, language))
        lines.append([(target, .muted)])
        for (offset, line) in lines.prefix(area.height).enumerated() where offset != 1 {
            drawSegments(line, in: &grid, x: area.x, y: area.y + offset, width: area.width, separator: glyphs.separator, glyphs: glyphs)
        }
    }

    /// "Dilaporkan KemenPAN-RB: 305 MPP per 15 Desember 2025 · 59,9% dari 509"; a total that a
    /// conflict disputes shows every value ("191 / 192 !") in the conflict role.
    static func headlineLine(_ state: DashboardState) -> [(String, StyleRole)] {
        let language = state.language
        let headline = state.figures.headline
        let units = state.figures.coverage.national.units
        guard let official = headline.official else { return [(language.text(.headlineNone), .unknown)] }
        let share = units == 0 ? 0 : Double(official.total) / Double(units)
        let values = Set([official.total] + headline.disputedClaims.compactMap(\.value)).sorted()
        let total = values.count > 1 ? values.map(language.integer).joined(separator: " / ") + " !" : language.total(official)
        return [
            (language.text(.headlineReported, language.name(official.reporter), total, language.longDate(official.date)),
             values.count > 1 ? .conflict : .header),
            (language.text(.headlineShare, language.percent(share), language.integer(units)), .header),
        ]
    }

    static func coverageText(_ count: CoverageCount, _ language: Language) -> String {
        var text = "\(language.integer(count.covered))/\(language.integer(count.units)) (\(language.percent(count.fraction)))"
        if count.uncertain > 0 { text += " +\(language.integer(count.uncertain)) \(language.text(.uncertain))" }
        return text
    }

    private static func drawReported(_ state: DashboardState, in grid: inout CellGrid, _ area: Rect) {
        let language = state.language
        let headline = state.figures.headline
        var named = language.text(.namedLine, language.integer(headline.namedOpen))
        if headline.namedPossiblyOpen > 0 { named += " +\(language.integer(headline.namedPossiblyOpen)) \(language.text(.uncertain))" }
        var lines: [(String, StyleRole)] = [(named, .text)]
        if !headline.laterReports.isEmpty {
            let reports = OverviewPage.laterReports(state)
            lines.append((language.text(.laterReports, reports.joined(separator: state.glyphs.separator)), .warning))
        }
        lines += headline.disputes.map { ("! " + language.pick($0.topic), .conflict) }
        if headline.claimCovered > 0 { lines.append((language.text(.claimedLine, language.integer(headline.claimCovered)), .text)) }
        if let official = headline.official {
            let gap = official.total - headline.namedOpen - headline.namedPossiblyOpen
            if gap > 0 { lines.append((language.text(.gapLine, language.integer(gap)), .unknown)) }
        } else {
            lines.append((language.text(.headlineNone), .unknown))
        }
        drawLines(lines, in: &grid, area, glyphs: state.glyphs)
    }

    private static func drawDigital(_ state: DashboardState, in grid: inout CellGrid, _ area: Rect) {
        let language = state.language
        let digital = state.figures.digital
        var lines: [(String, StyleRole)] = [(language.digitalRecorded(digital), .digital)]
        for milestone in state.figures.digitalMilestones.suffix(max(0, area.height - 1)).reversed() {
            lines.append(("\(language.date(milestone.date, unknown: state.glyphs.emDash)): \(language.pick(milestone.title))", .muted))
        }
        drawLines(lines, in: &grid, area, glyphs: state.glyphs)
    }

    /// Per year, the MPPs known to the day as full blocks and those known only by year or month
    /// in the next shade, on one scale.
    private static func drawPerYear(_ state: DashboardState, in grid: inout CellGrid, _ area: Rect) {
        let language = state.language
        let years = Array(state.figures.openingsPerYear.suffix(area.height))
        guard !years.isEmpty, area.width > 0 else { return }
        let labels = years.map { $0.year.map(String.init) ?? language.text(.undated) }
        let values = years.map { entry in
            entry.uncertain > 0 && entry.certain > 0
                ? "\(language.integer(entry.certain)) + \(language.integer(entry.uncertain))" : language.integer(entry.total)
        }
        let labelWidth = min(labels.map(DisplayWidth.of).max() ?? 0, area.width / 2)
        let valueWidth = values.map(DisplayWidth.of).max() ?? 0
        let barRoom = max(0, area.width - labelWidth - valueWidth - 2)
        let maximum = years.map(\.total).max() ?? 0
        for (row, entry) in years.enumerated() {
            let y = area.y + row
            grid.write(labels[row].truncated(toColumns: labelWidth, ellipsis: state.glyphs.ellipsis), x: area.x, y: y,
                       role: entry.year == nil ? .unknown : .text, maxWidth: labelWidth)
            let parts = (entry.certain > 0 ? 1 : 0) + (entry.uncertain > 0 ? 1 : 0)
            let width = maximum == 0 ? 0 : max(parts, entry.total * barRoom / maximum)
            let bar = Rect(x: area.x + labelWidth + 1, y: y, width: width, height: 1)
            StackedGauge.draw([.init(entry.certain, role: .chart1), .init(entry.uncertain, role: .unknown)], of: entry.total,
                              in: &grid, bar, glyphs: state.glyphs)
            grid.write(values[row], x: bar.maxX + 1, y: y, role: .text, maxWidth: max(0, area.maxX - bar.maxX - 1))
        }
    }

    private static func drawLatestBatch(_ state: DashboardState, in grid: inout CellGrid, _ area: Rect) {
        drawLines(OverviewPage.latestBatchLines(state), in: &grid, area, glyphs: state.glyphs)
    }

    /// Lines wrapped at word boundaries to the area's width, as many rows as fit; a row cut at
    /// the area's edge ends with an ellipsis.
    private static func drawLines(_ lines: [(String, StyleRole)], in grid: inout CellGrid, _ area: Rect, glyphs: GlyphSet) {
        let rows = lines.flatMap { line in TextPage.wrap(line.0, width: area.width).map { ($0, line.1) } }
        for (offset, row) in rows.prefix(area.height).enumerated() {
            grid.write(row.0.truncated(toColumns: area.width, ellipsis: glyphs.ellipsis), x: area.x, y: area.y + offset,
                       role: row.1, maxWidth: area.width)
        }
    }

    /// Segments laid out on as few lines as the width allows, a separator between them on a line.
    static func wrapSegments(_ segments: [(String, StyleRole)], width: Int, separator: String) -> [[(String, StyleRole)]] {
        var lines: [[(String, StyleRole)]] = []
        var line: [(String, StyleRole)] = []
        var used = 0
        for segment in segments {
            let needed = DisplayWidth.of(segment.0) + (line.isEmpty ? 0 : DisplayWidth.of(separator))
            if !line.isEmpty, used + needed > width {
                lines.append(line)
                line = []
                used = 0
            }
            used += line.isEmpty ? DisplayWidth.of(segment.0) : needed
            line.append(segment)
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// One line of segments, each in its role, cut with an ellipsis where the width ends.
    static func drawSegments(_ segments: [(String, StyleRole)], in grid: inout CellGrid, x: Int, y: Int, width: Int,
                             separator: String, glyphs: GlyphSet) {
        var column = x
        for (position, segment) in segments.enumerated() {
            let text = (position == 0 ? "" : separator) + segment.0
            let room = x + width - column
            guard room > 0 else { return }
            let cut = text.truncated(toColumns: room, ellipsis: glyphs.ellipsis)
            column += grid.write(cut, x: column, y: y, role: segment.1, maxWidth: room)
        }
    }
}
