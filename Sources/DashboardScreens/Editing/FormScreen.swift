import DashboardModel
import Localization
import TerminalCanvas

/// An edit form over the screen: a label column and a value column, the focused field marked,
/// what a value reads as beside it, its problem under it, and under the field being typed in its
/// suggestions or the values to pick. Taller forms scroll to keep the focused field in view (↑/↓
/// in the border say there is more); a refusal of the data and the question asked by Esc stay on
/// the box's last lines.
enum FormScreen {
    /// One line of the form's inside.
    private struct Line {
        var segments: [(text: String, role: StyleRole, x: Int)]
        /// The field the line belongs to, an index into the shown fields.
        var field: Int?
    }

    static func draw(_ state: DashboardState, _ form: Form, in grid: inout CellGrid) {
        let language = state.language
        let glyphs = state.glyphs
        let body = state.body
        let width = min(body.width, 100)
        let contentWidth = width - 4
        let fields = FormView.fields(form, state)
        let labels = fields.map { $0.label + ($0.isRequired ? " *" : "") }
        let labelWidth = min(labels.map { DisplayWidth.of($0) }.max() ?? 0, contentWidth * 2 / 5)
        let valueX = 2 + labelWidth + 1
        let valueWidth = max(8, contentWidth - valueX)
        var lines = [Line(segments: [(language.text(.formRequiredLegend), .muted, 0)], field: nil)]
        for (number, field) in fields.enumerated() {
            lines += fieldLines(field, label: labels[number], number: number, labelWidth: labelWidth, valueX: valueX,
                                valueWidth: valueWidth, glyphs)
        }
        var pinned: [Line] = []
        if let error = form.error {
            pinned.append(Line(segments: [(language.text(.formRefused), .bad, 0)], field: nil))
            pinned += error.split(separator: "\n").flatMap { TextPage.wrap(String($0), width: contentWidth) }
                .map { Line(segments: [($0, .bad, 0)], field: nil) }
        }
        if form.confirmingCancel {
            pinned += TextPage.wrap(language.text(.formCancelQuestion), width: contentWidth).map { Line(segments: [($0, .warning, 0)], field: nil) }
        }
        let height = min(body.height, lines.count + pinned.count + 2)
        let box = Rect(x: body.x + (body.width - width) / 2, y: body.y + (body.height - height) / 2, width: width, height: height)
        grid.fill(box)
        let inner = Box.draw(in: &grid, box, title: FormView.title(form.kind, state), glyphs: glyphs)
        let shownPinned = Array(pinned.suffix(max(0, inner.height - 1)))
        let room = inner.height - shownPinned.count
        let focused = fields.firstIndex { $0.isFocused }
        let focusLines = lines.indices.filter { lines[$0].field == focused }
        var top = 0
        if let last = focusLines.last, last >= room { top = last - room + 1 }
        if let first = focusLines.first, first < top { top = first }
        for (offset, line) in lines.dropFirst(top).prefix(room).enumerated() {
            write(line, y: inner.y + offset, inner, in: &grid)
        }
        for (offset, line) in shownPinned.enumerated() {
            write(line, y: inner.y + room + offset, inner, in: &grid)
        }
        if top > 0 { grid.write(" \(glyphs.arrowUp) ", x: box.maxX - 3 - DisplayWidth.of(glyphs.arrowUp), y: box.y, role: .border) }
        if top + room < lines.count {
            grid.write(" \(glyphs.arrowDown) ", x: box.maxX - 3 - DisplayWidth.of(glyphs.arrowDown), y: box.maxY - 1, role: .border)
        }
    }

    private static func write(_ line: Line, y: Int, _ inner: Rect, in grid: inout CellGrid) {
        let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        for segment in line.segments {
            grid.write(segment.text, x: content.x + segment.x, y: y, role: segment.role, clip: content)
        }
    }

    /// The lines of one field: its label and value (with what the value reads as, beside it when
    /// it fits, else under it), its problem, and its list.
    private static func fieldLines(_ field: FieldView, label: String, number: Int, labelWidth: Int, valueX: Int, valueWidth: Int,
                                   _ glyphs: GlyphSet) -> [Line] {
        let marker = field.isFocused ? "\(glyphs.selectionMarker) " : "  "
        let cursor = field.isFocused && field.takesText ? "▏".replacingUnlessUnicode(glyphs) : ""
        var value = field.value + cursor
        var valueRole = StyleRole.text
        if field.value.isEmpty, let placeholder = field.placeholder {
            value = (cursor + placeholder).truncated(toColumns: valueWidth, ellipsis: glyphs.ellipsis)
            valueRole = .muted
        } else if DisplayWidth.of(value) > valueWidth {
            value = field.isFocused ? tail(value, columns: valueWidth, glyphs) : value.truncated(toColumns: valueWidth, ellipsis: glyphs.ellipsis)
        }
        var first = Line(segments: [(marker + label.padded(toColumns: labelWidth, ellipsis: glyphs.ellipsis), field.isFocused ? .selected : .text, 0),
                                    (value, valueRole, valueX)], field: number)
        var lines: [Line] = []
        if let note = field.note {
            let noted = "\(glyphs.arrowRight) \(note)"
            let used = DisplayWidth.of(value) + 2
            if used + DisplayWidth.of(noted) <= valueWidth {
                first.segments.append((noted, .muted, valueX + used))
                lines.append(first)
            } else {
                lines.append(first)
                lines.append(Line(segments: [(noted.truncated(toColumns: valueWidth, ellipsis: glyphs.ellipsis), .muted, valueX)], field: number))
            }
        } else {
            lines.append(first)
        }
        if let problem = field.problem {
            lines += TextPage.wrap("! " + problem, width: valueWidth).map { Line(segments: [($0, .warning, valueX)], field: number) }
        }
        for item in field.list {
            let text = "  " + item.text.truncated(toColumns: valueWidth - 2, ellipsis: glyphs.ellipsis)
            lines.append(Line(segments: [(text.padded(toColumns: valueWidth), item.isCursor ? .selected : .muted, valueX)], field: number))
        }
        return lines
    }

    /// The end of a text that is too long, after an ellipsis: the part being typed stays in view.
    private static func tail(_ text: String, columns: Int, _ glyphs: GlyphSet) -> String {
        var kept = ""
        var used = DisplayWidth.of(glyphs.ellipsis)
        for character in text.reversed() {
            let width = DisplayWidth.of(character)
            guard used + width <= columns else { break }
            kept.insert(character, at: kept.startIndex)
            used += width
        }
        return glyphs.ellipsis + kept
    }
}
