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
        let coverageRows = coverageLines(state, width: max(1, body.width - 2)).count + 2
        let (coverageArea, rest) = body.splitTop(min(coverageRows, max(3, body.height / 3)))
        drawCoverage(state, in: &grid, Box.draw(in: &grid, coverageArea, title: language.text(.nationalCoverage), glyphs: glyphs))
        for (panel, area) in layout(panels(state), in: rest) {
            panel.draw(state, &grid, Box.draw(in: &grid, area, title: panel.title, glyphs: glyphs))
        }
    }

    /// One boxed panel below the coverage: its title, the rows it wants at an inner width, and
    /// how it draws into the rows it gets.
    struct Panel {
        var title: String
        var wanted: (Int) -> Int
        var grows = false
        var draw: (DashboardState, inout CellGrid, Rect) -> Void
    }

    private static func panels(_ state: DashboardState) -> [Panel] {
        let language = state.language
        let glyphs = state.glyphs
        func text(_ lines: @escaping () -> [(String, StyleRole)]) -> (Int) -> Int {
            { width in lines().reduce(0) { $0 + TextPage.wrap($1.0, width: width).count } }
        }
        return [
            Panel(title: language.text(.reportedPanel), wanted: text { reportedLines(state) }) { state, grid, area in
                drawLines(reportedLines(state), in: &grid, area, glyphs: state.glyphs)
            },
            Panel(title: language.text(.mallsPerYear, String(StackedGauge.fill(1, glyphs))),
                  wanted: { _ in state.figures.openingsPerYear.count }, grows: true) { state, grid, area in
                drawPerYear(state, in: &grid, area)
            },
            Panel(title: language.text(.latestBatch), wanted: { width in
                let lines = OverviewPage.latestBatchLines(state, onePerLine: true)
                return lines.reduce(0) { $0 + TextPage.wrap($1.0, width: width).count }
            }) { state, grid, area in
                let listed = OverviewPage.latestBatchLines(state, onePerLine: true)
                let rows = listed.reduce(0) { $0 + TextPage.wrap($1.0, width: area.width).count }
                drawLines(OverviewPage.latestBatchLines(state, onePerLine: rows <= area.height), in: &grid, area, glyphs: state.glyphs)
            },
            Panel(title: language.text(.digitalAdoption), wanted: text { digitalLines(state, milestones: .max) }) { state, grid, area in
                drawDigital(state, in: &grid, area)
            },
        ]
    }

    /// The panels in columns: one at narrow sizes under a left/right split, two from 100
    /// columns, three from 150; in each column the panels take the rows their content wants,
    /// the last (MPP Digital, whose milestones go on as far as there is room, or the latest
    /// batch) the rest, so that no panel is mostly empty while another is cut.
    static func layout(_ panels: [Panel], in area: Rect) -> [(Panel, Rect)] {
        guard !area.isEmpty else { return [] }
        let (reported, perYear, batch, digital) = (panels[0], panels[1], panels[2], panels[3])
        let stacks: [[Panel]]
        switch area.width {
        case 150...: stacks = [[perYear], [reported, batch], [digital]]
        case 100...: stacks = [[reported, perYear, batch], [digital]]
        default:
            let (top, bottom) = area.splitBottom(min(4, max(0, area.height - 6)))
            let halves = top.columns([1, 1], gap: 0)
            return stack([reported, digital], in: halves[0]) + stack([perYear], in: halves[1]) + stack([batch], in: bottom)
        }
        let columns = area.columns(stacks.map { _ in 1 }, gap: 0)
        let tallest = zip(stacks, columns).map { stack, column in stack.reduce(0) { $0 + $1.wanted(max(1, column.width - 2)) + 2 } }.max() ?? 0
        return zip(stacks, columns).flatMap { stack($0, in: Rect(x: $1.x, y: $1.y, width: $1.width, height: min($1.height, tallest))) }
    }

    /// Panels one above the other: each its wanted rows (borders included) while the others
    /// keep at least three; the last one the rest of the column, up to what it wants unless its
    /// drawing grows with the room (the per-year chart's bars thicken).
    private static func stack(_ panels: [Panel], in column: Rect) -> [(Panel, Rect)] {
        var result: [(Panel, Rect)] = []
        var rest = column
        for (position, panel) in panels.enumerated() {
            let later = panels.count - position - 1
            let wanted = panel.wanted(max(1, column.width - 2)) + 2
            let rows = later == 0 ? (panel.grows ? rest.height : min(wanted, rest.height)) : min(wanted, max(3, rest.height - 3 * later))
            let (top, below) = rest.splitTop(rows)
            result.append((panel, top))
            rest = below
        }
        return result
    }

    /// The headline, a blank row the gauge is drawn on, the legend on as few rows as the width
    /// allows, and the target.
    private static func coverageLines(_ state: DashboardState, width: Int) -> [[(String, StyleRole)]] {
        let language = state.language
        let glyphs = state.glyphs
        let national = state.figures.coverage.national
        let parts = OverviewPage.CoverageParts(state.figures.headline, units: national.units, national: national)
        var named = language.text(.partNamed, language.integer(parts.named))
        if national.uncertain > 0 { named += " (\(language.integer(national.uncertain)) \(language.text(.uncertain)))" }
        let legend = [
            (String(StackedGauge.fill(0, glyphs)) + " " + named, StyleRole.text),
            (String(StackedGauge.fill(1, glyphs)) + " " + language.text(.partClaimed, language.integer(parts.claimed)), .text),
            (String(StackedGauge.fill(2, glyphs)) + " " + language.text(.partUnplaced, language.integer(parts.unplaced)), .unknown),
            (String(glyphs.gaugeEmpty) + " " + language.text(.partRest, language.integer(parts.rest)), .muted),
        ]
        let target = [(language.text(.targetLine, language.integer(national.units), language.text(.denominatorBasis)), StyleRole.muted),
                      (language.text(.coverageOf514, coverageText(state.figures.coverage.allRegions, language)), .muted)]
        return wrapSegments(headlineLine(state), width: width, separator: glyphs.separator) + [[]]
            + wrapSegments(legend, width: width, separator: glyphs.separator)
            + wrapSegments(target, width: width, separator: glyphs.separator)
    }

    private static func drawCoverage(_ state: DashboardState, in grid: inout CellGrid, _ area: Rect) {
        guard !area.isEmpty else { return }
        let national = state.figures.coverage.national
        let lines = coverageLines(state, width: area.width)
        let gaugeRow = lines.firstIndex { $0.isEmpty } ?? 1
        let parts = OverviewPage.CoverageParts(state.figures.headline, units: national.units, national: national)
        for (offset, line) in lines.prefix(area.height).enumerated() {
            if offset == gaugeRow {
                StackedGauge.draw([.init(parts.named, role: .gaugeFilled), .init(parts.claimed, role: .chart2),
                                   .init(parts.unplaced, role: .unknown)],
                                  of: national.units, in: &grid, Rect(x: area.x, y: area.y + offset, width: area.width, height: 1),
                                  glyphs: state.glyphs)
            } else {
                drawSegments(line, in: &grid, x: area.x, y: area.y + offset, width: area.width, separator: state.glyphs.separator,
                             glyphs: state.glyphs)
            }
        }
    }

    /// "Dilaporkan KemenPAN-RB: 305 MPP per 15 Desember 2025 · 59,9% dari 509"; a total that a
    /// conflict disputes shows every value ("191 / 192 !") in the conflict role.
    static func headlineLine(_ state: DashboardState) -> [(String, StyleRole)] {
        let language = state.language
        let headline = state.figures.headline
        let units = state.figures.coverage.national.units
        guard let official = headline.official else { return [(language.text(.headlineNone), .unknown)] }
        let share = OverviewPage.share(official, units: units)
        let values = OverviewPage.reportedValues(headline)
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

    private static func reportedLines(_ state: DashboardState) -> [(String, StyleRole)] {
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
        return lines
    }

    /// The recorded stages, then the milestones newest first, as many as asked.
    private static func digitalLines(_ state: DashboardState, milestones: Int) -> [(String, StyleRole)] {
        let language = state.language
        var lines: [(String, StyleRole)] = [(language.digitalRecorded(state.figures.digital), .digital)]
        for milestone in state.figures.digitalMilestones.reversed().prefix(milestones) {
            lines.append(("\(language.date(milestone.date, unknown: state.glyphs.emDash)): \(language.pick(milestone.title))", .muted))
        }
        return lines
    }

    /// The milestones that fit whole: a milestone is never shown cut.
    private static func drawDigital(_ state: DashboardState, in grid: inout CellGrid, _ area: Rect) {
        var count = 0
        var used = TextPage.wrap(digitalLines(state, milestones: 0)[0].0, width: area.width).count
        for line in digitalLines(state, milestones: .max).dropFirst() {
            used += TextPage.wrap(line.0, width: area.width).count
            guard used <= area.height else { break }
            count += 1
        }
        drawLines(digitalLines(state, milestones: count), in: &grid, area, glyphs: state.glyphs)
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
        // With room to spare, each year takes up to three rows: a thicker bar, its label on the first.
        let thickness = max(1, min(3, area.height / years.count))
        let gap = thickness > 1 ? 1 : 0
        for (row, entry) in years.enumerated() {
            let y = area.y + row * thickness
            grid.write(labels[row].truncated(toColumns: labelWidth, ellipsis: state.glyphs.ellipsis), x: area.x, y: y,
                       role: entry.year == nil ? .unknown : .text, maxWidth: labelWidth)
            let parts = (entry.certain > 0 ? 1 : 0) + (entry.uncertain > 0 ? 1 : 0)
            let width = maximum == 0 ? 0 : max(parts, entry.total * barRoom / maximum)
            let bar = Rect(x: area.x + labelWidth + 1, y: y, width: width, height: 1)
            for line in 0..<(thickness - gap) {
                StackedGauge.draw([.init(entry.certain, role: .chart1), .init(entry.uncertain, role: .unknown)], of: entry.total,
                                  in: &grid, Rect(x: bar.x, y: y + line, width: width, height: 1), glyphs: state.glyphs)
            }
            grid.write(values[row], x: bar.maxX + 1, y: y, role: .text, maxWidth: max(0, area.maxX - bar.maxX - 1))
        }
    }

    /// Lines wrapped at word boundaries to the area's width, as many rows as fit; a row cut at
    /// the area's edge ends with an ellipsis.
    private static func drawLines(_ lines: [(String, StyleRole)], in grid: inout CellGrid, _ area: Rect, glyphs: GlyphSet) {
        let rows = lines.flatMap { line in TextPage.wrap(line.0, width: area.width).map { ($0, line.1) } }
        for (offset, row) in rows.prefix(area.height).enumerated() {
            grid.write(row.0.truncatedAtWord(toColumns: area.width, ellipsis: glyphs.ellipsis), x: area.x, y: area.y + offset,
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
            let cut = text.truncatedAtWord(toColumns: room, ellipsis: glyphs.ellipsis)
            column += grid.write(cut, x: column, y: y, role: segment.1, maxWidth: room)
        }
    }
}
