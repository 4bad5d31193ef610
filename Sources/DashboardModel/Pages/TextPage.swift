import Localization
import RolloutData
package import TerminalCanvas

/// One item of a text screen (MPP detail, help), before it is wrapped to the screen's width.
package enum TextItem {
    case heading(String)
    case field(label: String, value: String, role: StyleRole)
    /// Text that wraps onto as many lines as it needs, never cut: URLs stay whole and selectable.
    case wrapped(String, role: StyleRole)
    /// The claims of one conflict, drawn side by side in columns, under its topic (none on the
    /// conflict's own page, whose heading it is) and above its resolution (none on the conflict's
    /// page, which gives it a field of its own).
    case claims(topic: String?, claims: [String], resolution: String?)
    case blank
}

/// The pages that are text to scroll through (one MPP with its history, sources and conflicts,
/// one conflict, the help generated from the key-binding table), as items and as the lines they
/// wrap to at a width: the one wrapping both the screens and the reducer's scroll limits use.
package enum TextPage {
    package static func items(_ state: DashboardState) -> [TextItem] {
        switch state.route {
        case .mall(let id): return MallPage.items(id, state)
        case .conflict(let id): return ConflictPage.items(id, state)
        case .help: return HelpPage.items(state)
        default: return []
        }
    }

    /// Label/value rows for an export of the screen.
    package static func lines(_ state: DashboardState) -> [(label: String, value: String)] {
        items(state).flatMap { item -> [(label: String, value: String)] in
            switch item {
            case .heading(let text): return [(text, "")]
            case .field(let label, let value, _): return [(label, value)]
            case .wrapped(let text, _): return [("", text)]
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

    /// Every line of the screen at a width, with its role.
    package static func rendered(_ state: DashboardState, width: Int) -> [(text: String, role: StyleRole)] {
        let width = max(10, width - 2)
        var lines: [(text: String, role: StyleRole)] = []
        for item in items(state) {
            switch item {
            case .heading(let text):
                lines += wrap(text, width: width).map { ($0, .title) }
            case .field(let label, let value, let role):
                let prefix = label + ": "
                let wrapped = wrap(value, width: width - DisplayWidth.of(prefix))
                lines.append((prefix + (wrapped.first ?? ""), role))
                let indent = String(repeating: " ", count: DisplayWidth.of(prefix))
                lines += wrapped.dropFirst().map { (indent + $0, role) }
            case .wrapped(let text, let role):
                lines += wrap(text, width: width).map { ($0, role) }
            case .claims(let topic, let claims, let resolution):
                if let topic { lines += wrap("! " + topic, width: width).map { ($0, .conflict) } }
                lines += sideBySide(claims, width: width).map { ($0, .text) }
                if let resolution { lines += wrap("→ " + resolution, width: width).map { ($0, .muted) } }
            case .blank:
                lines.append(("", .text))
            }
        }
        return lines
    }

    /// Words onto lines of at most `width` columns; a word longer than a line (a URL) is split
    /// across lines, never cut.
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
            while DisplayWidth.of(word) > width {
                var head = ""
                for character in word where DisplayWidth.of(head) + DisplayWidth.of(character) <= width { head.append(character) }
                if head.isEmpty { break }
                lines.append(head)
                word.removeFirst(head.count)
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
