import Localization
import RolloutData
package import TerminalCanvas

/// One item of a text screen (MPP detail, help), before it is wrapped to the screen's width.
package enum TextItem {
    case heading(String)
    case field(label: String, value: String, role: StyleRole)
    /// A field that Enter opens (an MPP of a region's page): the one on the first line in view.
    case link(label: String, value: String, target: Route)
    /// Text that wraps onto as many lines as it needs, never cut: URLs stay whole and selectable.
    case wrapped(String, role: StyleRole)
    /// A source's URL on a line of its own: cut with "…" when longer than the line, shown whole
    /// and copied by the links menu (`u`).
    case url(String)
    /// The claims of one conflict, drawn side by side in columns, under its topic (none on the
    /// conflict's own page, whose heading it is) and above its resolution (none on the conflict's
    /// page, which gives it a field of its own).
    case claims(topic: String?, claims: [String], resolution: String?)
    case blank
}

/// The pages that are text to scroll through (one kabupaten/kota or one MPP with its history,
/// sources and conflicts, one conflict, the help generated from the key-binding table), as items and as the lines they
/// wrap to at a width: the one wrapping both the screens and the reducer's scroll limits use.
package enum TextPage {
    package static func items(_ state: DashboardState) -> [TextItem] {
        switch state.route {
        case .region(let code): return RegionPage.items(code, state)
        case .mall(let id): return MallPage.items(id, state)
        case .conflict(let id): return ConflictPage.items(id, state)
        case .help: return HelpPage.items(state)
        default: return []
        }
    }

    /// The URLs the current page shows, in order, each once: what the links menu lists.
    package static func links(_ state: DashboardState) -> [String] {
        var seen: Set<String> = []
        return items(state).compactMap { item in
            if case .url(let url) = item, seen.insert(url).inserted { return url }
            return nil
        }
    }

    /// Label/value rows for an export of the screen.
    package static func lines(_ state: DashboardState) -> [(label: String, value: String)] {
        items(state).flatMap { item -> [(label: String, value: String)] in
            switch item {
            case .heading(let text): return [(text, "")]
            case .field(let label, let value, _), .link(let label, let value, _): return [(label, value)]
            case .wrapped(let text, _), .url(let text): return [("", text)]
            case .claims(let topic, let claims, let resolution):
                return (topic.map { [($0, "")] } ?? []) + claims.enumerated().map { ("\($0.offset + 1)", $0.element) }
                    + (resolution.map { [("→", $0)] } ?? [])
            case .blank: return []
            }
        }
    }

    package static func visibleLines(_ state: DashboardState) -> Int { max(1, state.bodyHeight) }

    package static func lineCount(_ state: DashboardState) -> Int {
        rendered(state, width: state.width).count
    }

    /// One line of a text page: its text, its role, and where Enter leads from it.
    package struct Line {
        package var text: String
        package var role: StyleRole
        package var target: Route?

        init(_ text: String, _ role: StyleRole, target: Route? = nil) {
            self.text = text
            self.role = role
            self.target = target
        }
    }

    /// The line Enter opens on the page: the first link line at or below the top of the view,
    /// else the last one above it.
    package static func openable(_ lines: [Line], scroll: Int) -> Int? {
        let links = lines.indices.filter { lines[$0].target != nil }
        return links.first { $0 >= scroll } ?? links.last
    }

    /// Where Enter leads on the current text page, if anywhere.
    package static func target(_ state: DashboardState) -> Route? {
        let lines = rendered(state, width: state.width)
        return openable(lines, scroll: state.textScroll[state.route] ?? 0).flatMap { lines[$0].target }
    }

    /// Every line of the screen at a width, with its role.
    package static func rendered(_ state: DashboardState, width: Int) -> [Line] {
        let width = max(10, width - 2)
        var lines: [Line] = []
        for item in items(state) {
            switch item {
            case .heading(let text):
                lines += wrap(text, width: width).map { Line($0, .title) }
            case .field(let label, let value, let role):
                lines += field(label, value, role, target: nil, width: width)
            case .link(let label, let value, let target):
                lines += field(label, value, .text, target: target, width: width)
            case .wrapped(let text, let role):
                lines += wrap(text, width: width).map { Line($0, role) }
            case .url(let url):
                lines.append(Line("  " + url.truncated(toColumns: width - 2), .muted))
            case .claims(let topic, let claims, let resolution):
                if let topic { lines += wrap("! " + topic, width: width).map { Line($0, .conflict) } }
                lines += sideBySide(claims, width: width).map { Line($0, .text) }
                if let resolution { lines += wrap("→ " + resolution, width: width).map { Line($0, .muted) } }
            case .blank:
                lines.append(Line("", .text))
            }
        }
        return lines
    }

    /// "Label: value", the value wrapped under itself.
    private static func field(_ label: String, _ value: String, _ role: StyleRole, target: Route?, width: Int) -> [Line] {
        let prefix = label + ": "
        let wrapped = wrap(value, width: width - DisplayWidth.of(prefix))
        let indent = String(repeating: " ", count: DisplayWidth.of(prefix))
        return [Line(prefix + (wrapped.first ?? ""), role, target: target)]
            + wrapped.dropFirst().map { Line(indent + $0, role, target: target) }
    }

    /// Words onto lines of at most `width` columns, never breaking a word; a word longer than a
    /// line (a URL) stands on a line of its own, cut with "…" (the links key shows it whole).
    package static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            var word = String(word)
            let needed = line.isEmpty ? DisplayWidth.of(word) : DisplayWidth.of(line) + 1 + DisplayWidth.of(word)
            if needed <= width {
                line = line.isEmpty ? word : line + " " + word
                continue
            }
            if !line.isEmpty { lines.append(line) }
            line = ""
            if DisplayWidth.of(word) > width {
                // A word longer than a line (a URL) is never broken: it stands on its own line,
                // cut with an ellipsis; the page's links key shows and copies it whole.
                word = word.truncated(toColumns: width)
            }
            line = word
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Claims in columns, each wrapped to its column, separated by " │ ".
    package static func sideBySide(_ claims: [String], width: Int) -> [String] {
        guard !claims.isEmpty else { return [] }
        let count = min(claims.count, max(1, width / 24))
        var result: [String] = []
        for start in stride(from: 0, to: claims.count, by: count) {
            let group = Array(claims[start..<min(claims.count, start + count)])
            let columnWidth = (width - 3 * (group.count - 1)) / group.count
            let wrapped = group.map { wrap($0, width: columnWidth) }
            for row in 0..<(wrapped.map(\.count).max() ?? 0) {
                result.append(wrapped.map { ($0[safe: row] ?? "").padded(toColumns: columnWidth) }.joined(separator: " │ "))
            }
        }
        return result
    }
}
