import DashboardModel
import Localization
import TerminalCanvas

/// The conflict chooser over the screen: the conflicts of the save with the side chosen for each,
/// then the one under the cursor in full, mine and theirs side by side when the window is wide
/// enough, one under the other otherwise; the side chosen is highlighted.
enum ConflictChooserScreen {
    /// The narrowest inside that shows the two versions side by side.
    static let sideBySideWidth = 100

    static func draw(_ state: DashboardState, _ chooser: ConflictChooser, in grid: inout CellGrid) {
        let language = state.language
        let glyphs = state.glyphs
        let box = state.body
        grid.fill(box)
        let inner = Box.draw(in: &grid, box, title: language.text(.conflictChooserTitle), glyphs: glyphs)
        let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        guard !chooser.conflicts.isEmpty, content.height > 2 else { return }
        let listHeight = min(chooser.conflicts.count, max(1, content.height / 4))
        let first = max(0, min(chooser.cursor - listHeight / 2, chooser.conflicts.count - listHeight))
        for (offset, conflict) in chooser.conflicts.enumerated().dropFirst(first).prefix(listHeight) {
            let choice = chooser.choices[conflict.subject].map { language.text($0 == .mine ? .footerMine : .footerTheirs) }
                ?? language.text(.conflictUnchosen)
            let marker = offset == chooser.cursor ? "\(glyphs.selectionMarker) " : "  "
            let line = "\(marker)[\(choice)] \(conflict.title)\(glyphs.separator)\(conflict.subject)"
            grid.write(line, x: content.x, y: content.y + offset - first, role: offset == chooser.cursor ? .selected : .text,
                       maxWidth: content.width)
        }
        let conflict = chooser.conflicts[min(chooser.cursor, chooser.conflicts.count - 1)]
        let chosen = chooser.choices[conflict.subject]
        let rest = Rect(x: content.x, y: content.y + listHeight + 1, width: content.width, height: content.height - listHeight - 1)
        grid.write(String(repeating: glyphs.horizontal, count: content.width), x: content.x, y: rest.y - 1, role: .border)
        let sides: [(SaveConflict.Side, TextKey, [String])] = [(.mine, .conflictMine, conflict.mine), (.theirs, .conflictTheirs, conflict.theirs)]
        if content.width >= sideBySideWidth {
            for (column, (side, title, lines)) in zip(rest.columns([1, 1], gap: 3), sides) {
                version(title: language.text(title), lines: lines, chosen: chosen == side, scroll: chooser.scroll, in: column, state, &grid)
            }
        } else {
            let (top, bottom) = rest.splitTop(rest.height / 2)
            for (area, (side, title, lines)) in zip([top, bottom], sides) {
                version(title: language.text(title), lines: lines, chosen: chosen == side, scroll: chooser.scroll, in: area, state, &grid)
            }
        }
    }

    /// One side's version under its heading, wrapped to the area and scrolled.
    private static func version(title: String, lines: [String], chosen: Bool, scroll: Int, in area: Rect, _ state: DashboardState,
                                _ grid: inout CellGrid) {
        guard area.height > 0 else { return }
        grid.write(title.truncated(toColumns: area.width, ellipsis: state.glyphs.ellipsis), x: area.x, y: area.y, role: chosen ? .selected : .header)
        let wrapped = lines.isEmpty ? [state.language.text(.conflictAbsent)] : lines.flatMap { TextPage.wrap($0, width: area.width) }
        let shown = area.height - 1
        let start = min(scroll, max(0, wrapped.count - shown))
        for (offset, line) in wrapped.dropFirst(start).prefix(shown).enumerated() {
            grid.write(line, x: area.x, y: area.y + 1 + offset, role: lines.isEmpty ? .muted : .text, maxWidth: area.width)
        }
    }
}
