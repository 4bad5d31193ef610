import DashboardModel
import Localization
import TerminalCanvas

/// Angka besar / Big figures: the Overview's headline figures in big digits for a projector, each
/// with the words that name it beside it (below a number too wide for that: a disputed total), in
/// one or two columns, at the largest size at which all of them fit whole (at the smallest, as
/// many as fit, most important first).
enum BigFiguresScreen {
    /// Columns between a number and its words, and between two columns of figures.
    static let gap = 2
    /// The narrowest the words beside a number may be.
    static let minimumLabelWidth = 16

    /// Where the figures go: the digits' size, the columns, the figures shown.
    struct Plan {
        var digits: BigDigits
        var columns: Int
        var figures: [BigFigure]
        var columnWidth: Int
        /// Per column, the width of its widest number with its words beside it: those words start
        /// at one x.
        var numberWidths: [Int]
        /// Per row of figures, the rows it takes.
        var rowHeights: [Int]

        var height: Int { rowHeights.reduce(0, +) + max(0, rowHeights.count - 1) }

        /// Where the words of the figure at `index` go: x, y below the figure's top, width.
        func label(_ index: Int) -> (x: Int, y: Int, width: Int) {
            let column = index % columns
            let x = column * (columnWidth + BigFiguresScreen.gap)
            guard let number = figures[index].number else { return (x, 0, columnWidth) }
            if digits.width(number) > numberWidths[column] { return (x, digits.height, columnWidth) }
            let beside = numberWidths[column] + BigFiguresScreen.gap
            let lines = BigFiguresScreen.wrapped(figures[index].lines, width: columnWidth - beside).count
            // Beside the middle of the digits.
            return (x + beside, max(0, (digits.height - lines) / 2), columnWidth - beside)
        }

        /// The rows the figure at `index` takes.
        func figureHeight(_ index: Int) -> Int {
            let place = label(index)
            let words = place.y + BigFiguresScreen.wrapped(figures[index].lines, width: place.width).count
            return max(figures[index].number == nil ? 0 : digits.height, words)
        }
    }

    static func draw(_ state: DashboardState, in grid: inout CellGrid, _ body: Rect) {
        let area = Box.draw(in: &grid, body, title: state.language.text(.bigFiguresTitle), glyphs: state.glyphs)
        let figures = BigFiguresPage.figures(state)
        let inside = figureArea(body)
        guard let plan = plan(figures, in: inside, glyphs: state.glyphs) else {
            drawInWords(figures, in: &grid, area)
            return
        }
        var y = inside.y + (inside.height - plan.height) / 2
        for (row, height) in plan.rowHeights.enumerated() {
            for column in 0..<plan.columns where row * plan.columns + column < plan.figures.count {
                let index = row * plan.columns + column
                let figure = plan.figures[index]
                let x = inside.x + column * (plan.columnWidth + gap)
                if let number = figure.number {
                    let width = plan.digits.width(number)
                    let right = x + max(width, plan.numberWidths[column])
                    plan.digits.draw(number, in: &grid, x: right - width, y: y, role: figure.role, glyphs: state.glyphs, clip: area)
                }
                let place = plan.label(index)
                for (offset, line) in wrapped(figure.lines, width: place.width).enumerated() {
                    grid.write(line.0, x: inside.x + place.x, y: y + place.y + offset, role: line.1, maxWidth: place.width, clip: area)
                }
            }
            y += height + 1
        }
    }

    /// Where the figures go in the body: inside the box, a column of room either side.
    static func figureArea(_ body: Rect) -> Rect {
        let inner = body.inset(by: 1)
        return Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 2), height: inner.height)
    }

    /// The largest digits at which the figures fit in one column or two; with none, the same
    /// with fewer figures, the last ones left out first; nil when not even the first fits.
    static func plan(_ figures: [BigFigure], in area: Rect, glyphs: GlyphSet) -> Plan? {
        for count in stride(from: figures.count, through: 1, by: -1) {
            for digits in BigDigits.sizes(glyphs) {
                for columns in [1, 2] {
                    if let plan = plan(Array(figures.prefix(count)), digits: digits, columns: columns, in: area) { return plan }
                }
            }
        }
        return nil
    }

    /// The figures in `columns` columns at one size of digits; nil when they do not all fit whole.
    static func plan(_ figures: [BigFigure], digits: BigDigits, columns: Int, in area: Rect) -> Plan? {
        guard figures.count >= columns else { return nil }
        let columnWidth = (area.width - (columns - 1) * gap) / columns
        var numberWidths: [Int] = []
        for column in 0..<columns {
            let widths = stride(from: column, to: figures.count, by: columns).compactMap { figures[$0].number.map(digits.width) }
            guard widths.allSatisfy({ $0 <= columnWidth }) else { return nil }
            numberWidths.append(widths.filter { $0 + gap + minimumLabelWidth <= columnWidth }.max() ?? 0)
        }
        var plan = Plan(digits: digits, columns: columns, figures: figures, columnWidth: columnWidth, numberWidths: numberWidths,
                        rowHeights: [])
        plan.rowHeights = stride(from: 0, to: figures.count, by: columns).map { start in
            (start..<min(figures.count, start + columns)).map(plan.figureHeight).max() ?? 0
        }
        return plan.height <= area.height ? plan : nil
    }

    /// The words of the figures, wrapped, one line each in its role.
    static func wrapped(_ lines: [(String, StyleRole)], width: Int) -> [(String, StyleRole)] {
        lines.flatMap { line in TextPage.wrap(line.0, width: width).map { ($0, line.1) } }
    }

    /// Too small for big digits: each figure's number and words on its lines, as many as fit.
    private static func drawInWords(_ figures: [BigFigure], in grid: inout CellGrid, _ area: Rect) {
        var y = area.y
        for figure in figures {
            let lines = figure.number.map { [($0, figure.role)] } ?? []
            for line in wrapped(lines + figure.lines, width: area.width) where y < area.maxY {
                grid.write(line.0, x: area.x, y: y, role: line.1, maxWidth: area.width)
                y += 1
            }
        }
    }
}
