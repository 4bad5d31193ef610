import DashboardModel
import Localization
import TerminalCanvas

/// The parts every screen shares: the title bar (screen tabs, or the breadcrumb once drilled
/// down, and the as-of date), the status bar (prompt, message, filter, terminal notices, data
/// source, position), the key hints, and the overlays (palette, filter menu).
enum Chrome {
    static func drawTitleBar(_ state: DashboardState, in grid: inout CellGrid) {
        let language = state.language
        grid.fill(Rect(x: 0, y: 0, width: grid.width, height: 1), role: .title)
        let tabs = Screen.allCases.map { (screen: $0, text: " \($0.number) \(language.text($0.title)) ") }
        let separator = state.glyphs.isUnicode ? " › " : " > "
        // The full date line only when it leaves room for the whole breadcrumb, or the current tab.
        let leftNeeds = state.stack.count > 1
            ? 2 + DisplayWidth.of(state.stack.map { ChromeText.crumb($0, state) }.joined(separator: separator))
            : 1 + (tabs.first { $0.screen == state.screen }.map { DisplayWidth.of($0.text) } ?? 0)
        let dates = datesLine(state, room: grid.width - 3 - DisplayWidth.of(language.text(.appTitle)) - leftNeeds)
        let dateWidth = DisplayWidth.of(dates.text) + DisplayWidth.of(dates.stale)
        let limit = grid.width - dateWidth - 2
        var x = 1
        x += grid.write(language.text(.appTitle), x: x, y: 0, role: .title, maxWidth: max(0, limit - x))
        if state.stack.count > 1 {
            var crumbs = state.stack.map { ChromeText.crumb($0, state) }
            x += 2
            let room = max(0, limit - x)
            var text = crumbs.joined(separator: separator)
            while DisplayWidth.of(text) > room, crumbs.count > 1 {
                crumbs.removeFirst()
                text = state.glyphs.ellipsis + separator + crumbs.joined(separator: separator)
            }
            grid.write(text.truncated(toColumns: room, ellipsis: state.glyphs.ellipsis), x: x, y: 0, role: .header, maxWidth: room)
        } else {
            let allFit = tabs.reduce(0) { $0 + 1 + DisplayWidth.of($1.text) } <= limit - x
            for tab in tabs where allFit || tab.screen == state.screen {
                guard x + 1 + DisplayWidth.of(tab.text) <= limit else { break }
                x += 1
                x += grid.write(tab.text, x: x, y: 0, role: tab.screen == state.screen ? .selected : .muted)
            }
        }
        if dateWidth + 2 <= grid.width {
            let used = grid.write(dates.text, x: grid.width - dateWidth - 1, y: 0, role: .title)
            grid.write(dates.stale, x: grid.width - dateWidth - 1 + used, y: 0, role: .warning)
        }
    }

    /// The as-of day beside the date of the data's newest fact, and a stale mark when that fact
    /// is old: the full wording when it fits in `room` columns, a compact one otherwise.
    static func datesLine(_ state: DashboardState, room: Int) -> (text: String, stale: String) {
        let language = state.language
        let asOf = language.date(state.asOf)
        let data = language.date(state.dataAsOf)
        let stale = state.isDataStale ? " " + language.text(.dataStale) : ""
        let separator = state.glyphs.separator
        let full = language.text(.titleDates, asOf, data, separator)
        if DisplayWidth.of(full) + DisplayWidth.of(stale) <= room { return (full, stale) }
        return (language.text(.titleDatesCompact, asOf, data, separator), stale)
    }

    /// The status bar on the second-to-last row. While typing, it is the prompt line, with a
    /// refusal (text too long) on its right instead of the position.
    static func drawStatusBar(_ state: DashboardState, right: String, in grid: inout CellGrid) {
        let language = state.language
        let row = Rect(x: 0, y: grid.height - 2, width: grid.width, height: 1)
        if let prompt = state.prompt {
            let label = prompt.kind == .search ? "/" : ":"
            StatusBar.draw(left: label + prompt.text + "▏".replacingUnlessUnicode(state.glyphs),
                           right: state.message?.text ?? right, in: &grid, row, glyphs: state.glyphs,
                           role: state.message?.isError == true ? .warning : .statusbar)
            return
        }
        var parts: [String] = []
        var marker = ""
        if let editing = state.editing, editing.hasUnsavedChanges {
            marker = "\(state.glyphs.isUnicode ? "●" : "*") \(language.text(.unsavedMarker, language.integer(editing.unsavedCount)))"
            parts.append(marker)
        } else if let kiosk = state.kiosk {
            parts.append(kiosk.status(language))
        } else if state.access == .readOnly {
            parts.append(language.text(.readOnlyMarker))
        }
        if let replay = ReplayBanner.status(state) { parts.append(replay) }
        if let message = state.message { parts.append(message.text) }
        if let problem = state.themeProblem { parts.append(problem) }
        if !state.list(state.route).filter.isEmpty { parts.append(language.text(.filterActive, ChromeText.filterSummary(state))) }
        let query = state.list(state.route).query
        if !query.isEmpty { parts.append("/\(query)") }
        parts += state.notices.map { text(of: $0, language) }
        parts.append(ChromeText.dataSource(state))
        StatusBar.draw(left: parts.joined(separator: state.glyphs.separator), right: right, in: &grid, row, glyphs: state.glyphs,
                       role: state.message?.isError == true ? .warning : .statusbar)
        grid.setRole(.warning, in: Rect(x: 0, y: row.y, width: min(DisplayWidth.of(marker), row.width), height: 1))
    }

    /// The key hints on the last row, from the key-binding table.
    static func drawKeyHints(_ state: DashboardState, in grid: inout CellGrid) {
        KeyHints.draw(KeyBindings.footerHints(state), in: &grid,
                      Rect(x: 1, y: grid.height - 1, width: grid.width - 1, height: 1))
    }

    static func text(of notice: TerminalNotice, _ language: Language) -> String {
        switch notice {
        case .termFallback(let requested, let used): return language.text(.noticeTermFallback, requested, used)
        case .asciiGlyphs(let codeset): return language.text(.noticeASCII, codeset)
        case .noColor: return language.text(.noticeNoColor)
        }
    }
}

extension String {
    /// A text cursor mark in Unicode, a plain `_` otherwise.
    func replacingUnlessUnicode(_ glyphs: GlyphSet) -> String { glyphs.isUnicode ? self : "_" }
}

/// Shown instead of a screen when the window is below the minimum size.
enum TooSmallScreen {
    static func draw(_ state: DashboardState, in grid: inout CellGrid) {
        let language = state.language
        var lines = [
            language.text(.windowTooSmall),
            language.text(.windowNeeds, String(DashboardState.minimumWidth), String(DashboardState.minimumHeight),
                          String(state.width), String(state.height)),
            "q: \(language.text(.keyBackOrQuit))",
        ]
        if state.mode == .confirmUnsavedQuit, let editing = state.editing {
            lines[2] = language.text(.unsavedQuestion, language.integer(editing.unsavedCount))
        }
        // Wrapped, never cut: the size the window has now must stay readable however small.
        let rows = lines.enumerated().flatMap { offset, line in
            TextPage.wrap(line, width: grid.width).map { (text: $0, role: offset == 0 ? StyleRole.warning : .text) }
        }
        let top = max(0, (grid.height - rows.count) / 2)
        for (offset, row) in rows.enumerated() {
            let x = max(0, (grid.width - DisplayWidth.of(row.text)) / 2)
            grid.write(row.text, x: x, y: top + offset, role: row.role)
        }
    }
}

/// The command line's or the finder's entries over the screen, for what has been typed: each a
/// name and, after it, what it is and where ("MPP · Sulawesi Selatan"), cut with an ellipsis. Over
/// a list the finder keeps low, so that the narrowed rows stay in sight; with nothing typed it is
/// not drawn.
enum PaletteOverlay {
    static func draw(_ state: DashboardState, _ prompt: Prompt, in grid: inout CellGrid) {
        let entries = PromptInput.entries(prompt, state)
        let isFinder = prompt.kind == .search
        guard !(isFinder && prompt.text.isEmpty) else { return }
        let bounds = state.body
        let overList = isFinder && state.currentList != nil
        let height = min(bounds.height, max(3, min(entries.count, overList ? 6 : 12) + 2))
        let width = min(bounds.width, max(30, bounds.width * 2 / 3))
        let box = Rect(x: bounds.x + (bounds.width - width) / 2, y: bounds.maxY - height, width: width, height: height)
        grid.fill(box)
        let title = state.language.text(isFinder ? .finderTitle : .paletteTitle)
        let inner = Box.draw(in: &grid, box, title: title, glyphs: state.glyphs)
        if entries.isEmpty, inner.height > 0 {
            grid.write(state.language.text(.searchNotFound, prompt.text).truncated(toColumns: inner.width - 2, ellipsis: state.glyphs.ellipsis),
                       x: inner.x + 1, y: inner.y, role: .muted)
        }
        let first = max(0, prompt.selection - inner.height + 1)
        for (offset, entry) in entries.dropFirst(first).prefix(inner.height).enumerated() {
            let selected = first + offset == prompt.selection
            let row = Rect(x: inner.x, y: inner.y + offset, width: inner.width, height: 1)
            if selected { grid.fill(row, role: .selected) }
            let room = row.width - 2
            let title = entry.title.truncated(toColumns: room, ellipsis: state.glyphs.ellipsis)
            let used = grid.write(title, x: row.x + 1, y: row.y, role: selected ? .selected : .text, maxWidth: room)
            let detail = (state.glyphs.separator + entry.detail).truncated(toColumns: max(0, room - used), ellipsis: state.glyphs.ellipsis)
            grid.write(detail, x: row.x + 1 + used, y: row.y, role: selected ? .selected : .muted, maxWidth: max(0, room - used))
        }
    }
}

/// The sort menu over the screen: the list's columns, the one sorted by marked with its direction.
enum SortMenuScreen {
    static func draw(_ state: DashboardState, _ menu: SortMenu, in grid: inout CellGrid) {
        let language = state.language
        let table = state.list(state.route).table
        let columns = SortMenuInput.columns(state)
        let lines = columns.map { column -> String in
            guard column.index == table.sortColumn else { return "  \(column.title)" }
            return (table.sortAscending ? state.glyphs.arrowUp : state.glyphs.arrowDown) + " \(column.title)"
        }
        let visible = max(1, state.body.height - 4)
        let first = max(0, min(menu.cursor - visible / 2, columns.count - visible))
        let shown = Array(lines.dropFirst(first).prefix(visible)) + [language.text(.sortMenuHint)]
        let box = Modal.draw(title: language.text(.sortMenuTitle), lines: shown, in: &grid, within: state.body, glyphs: state.glyphs)
        grid.setRole(.selected, in: Rect(x: box.x + 1, y: box.y + 1 + (menu.cursor - first), width: box.width - 2, height: 1))
    }
}

/// The filter menu over the screen: the current list's values in a draft, scrolled to keep the
/// cursor in view, the hint line always on its last row.
enum FilterMenuScreen {
    static func draw(_ state: DashboardState, _ menu: FilterMenu, in grid: inout CellGrid) {
        let language = state.language
        let entries = FilterMenuInput.entries(state)
        let lines = entries.map { entry in
            "\(FilterMenuInput.isOn(entry, in: menu.draft) ? "[x]" : "[ ]") \(ChromeText.label(entry, state))"
        }
        // The modal keeps 2 rows of the body free on each side and 2 for its border; one row is the hint.
        let visible = max(1, min(entries.count, state.body.height - 7))
        let first = max(0, min(menu.cursor - visible / 2, entries.count - visible))
        let shown = Array(lines.dropFirst(first).prefix(visible)) + [language.text(.filterHint)]
        let box = Modal.draw(title: language.text(.filterTitle), lines: shown, in: &grid, within: state.body, glyphs: state.glyphs)
        let cursorRow = box.y + 1 + (menu.cursor - first)
        grid.setRole(.selected, in: Rect(x: box.x + 1, y: cursorRow, width: box.width - 2, height: 1))
        grid.setRole(.muted, in: Rect(x: box.x + 1, y: box.maxY - 2, width: box.width - 2, height: 1))
    }
}

/// The links menu (`s`) over a text page: the page's URLs, each on a line (cut with "…" when
/// longer than the box), and the one under the cursor whole below them, wrapped by characters: a
/// URL too long for the screen is readable and copyable here.
enum LinksMenuScreen {
    static func draw(_ state: DashboardState, _ menu: LinksMenu, in grid: inout CellGrid) {
        let links = TextPage.links(state)
        guard !links.isEmpty else { return }
        let inner = max(10, state.body.width - 10)
        let visible = max(1, min(links.count, state.body.height / 2 - 3))
        let first = max(0, min(menu.cursor - visible / 2, links.count - visible))
        let selected = links[min(menu.cursor, links.count - 1)]
        var whole: [String] = []
        var rest = Substring(selected)
        while !rest.isEmpty {
            whole.append(String(rest.prefix(inner)))
            rest = rest.dropFirst(inner)
        }
        let lines = links.dropFirst(first).prefix(visible).map { $0 } + [""] + whole
        let box = Modal.draw(title: state.language.text(.linksTitle), lines: lines, in: &grid, within: state.body,
                             glyphs: state.glyphs)
        grid.setRole(.selected, in: Rect(x: box.x + 1, y: box.y + 1 + (menu.cursor - first), width: box.width - 2, height: 1))
        let wholeTop = box.y + 1 + min(visible, links.count) + 1
        grid.setRole(.header, in: Rect(x: box.x + 1, y: wholeTop, width: box.width - 2, height: max(0, box.maxY - 1 - wholeTop)))
    }
}
