import Localization
import RolloutData
import TerminalCanvas

/// One item of a text screen (MPP detail, help), before it is wrapped to the screen's width.
enum TextItem {
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

/// The screens that are text to scroll through: one MPP with its history, sources and
/// conflicts, and the help generated from the key-binding table.
enum TextScreens {
    static func items(_ state: DashboardState) -> [TextItem] {
        switch state.route {
        case .mall(let id): return MallDetail.items(id, state)
        case .conflict(let id): return ConflictDetail.items(id, state)
        case .help: return HelpText.items(state)
        default: return []
        }
    }

    /// Label/value rows for an export of the screen.
    static func lines(_ state: DashboardState) -> [(label: String, value: String)] {
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

    static func visibleLines(_ state: DashboardState) -> Int { max(1, state.bodyHeight) }

    static func lineCount(_ state: DashboardState) -> Int {
        rendered(state, width: state.width).count
    }

    /// Every line of the screen at a width, with its role.
    static func rendered(_ state: DashboardState, width: Int) -> [(text: String, role: StyleRole)] {
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

    static func draw(_ state: DashboardState, in grid: inout CellGrid, _ body: Rect) {
        let lines = rendered(state, width: body.width)
        let scroll = min(state.textScroll[state.route] ?? 0, max(0, lines.count - body.height))
        for (offset, line) in lines.dropFirst(scroll).prefix(body.height).enumerated() {
            grid.write(line.text, x: body.x + 1, y: body.y + offset, role: line.role, maxWidth: body.width - 2)
        }
    }

    /// "12–33/80" for the status bar.
    static func position(_ state: DashboardState) -> String {
        let count = lineCount(state)
        let first = min(count, (state.textScroll[state.route] ?? 0) + 1)
        let last = min(count, first + visibleLines(state) - 1)
        return "\(first)–\(last)/\(count)"
    }

    /// Words onto lines of at most `width` columns; a word longer than a line (a URL) is split
    /// across lines, never cut.
    static func wrap(_ text: String, width: Int) -> [String] {
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
    static func sideBySide(_ claims: [String], width: Int) -> [String] {
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

/// The items of one MPP's detail screen.
enum MallDetail {
    static func items(_ id: String, _ state: DashboardState) -> [TextItem] {
        let language = state.language
        let index = state.store.index
        guard let mall = index.mallByID[id] else { return [.wrapped(language.text(.mallNotFound, id), role: .bad)] }
        let unknown = language.text(.unknown)
        var items: [TextItem] = [.heading(mall.name)]
        items.append(.field(label: language.text(.fieldPlace), value: placeName(mall.place, state), role: .text))
        let status = MallStatus(malls: [mall], state: state)
        items.append(.field(label: "\(language.text(.asOf)) \(language.longDate(state.asOf))",
                            value: status.text(language, glyphs: state.glyphs, count: 1), role: status.role))
        items.append(.blank)
        items.append(.heading(language.text(.fieldHistory)))
        for event in mall.stages {
            let date = event.date.map { language.longDate($0) + precisionNote($0.precision, language) } ?? unknown
            var value = date + "  [" + event.sources.joined(separator: ", ") + "]"
            if let note = language.pick(event.note) { value += "  " + note }
            items.append(.field(label: language.name(event.stage), value: value, role: event.date == nil ? .unknown : .text))
        }
        let batches = index.batchesInDateOrder.filter { $0.mallIDs.contains(mall.id) }
        for batch in batches {
            let kind = language.text(batch.kind == .inauguration ? .batchInauguration : .batchSoftLaunch)
            items.append(.field(label: language.text(.fieldBatch), value: "\(language.longDate(batch.date)) · \(kind) (\(batch.id))", role: .muted))
        }
        items.append(.blank)
        items.append(.field(label: language.text(.fieldPortal), value: portalText(mall.portalIntegration, language),
                            role: mall.portalIntegration == .unknown ? .unknown : .text))
        items.append(.field(label: language.text(.fieldServices), value: mall.services.map(language.integer) ?? unknown,
                            role: mall.services == nil ? .unknown : .text))
        items.append(.field(label: language.text(.fieldAgencies), value: mall.agencies.map(language.integer) ?? unknown,
                            role: mall.agencies == nil ? .unknown : .text))
        let digital = index.digitalByPlace[mall.place]
        let digitalText = digital?.stages.map { "\(language.name($0.stage)) \(language.date($0.date))" }.joined(separator: ", ")
        items.append(.field(label: language.text(.digitalAdoption), value: digitalText ?? language.text(.notRecordedPerRegion),
                            role: digital == nil ? .muted : .digital))
        if let note = language.pick(mall.note) { items.append(.field(label: language.text(.columnNote), value: note, role: .muted)) }
        var cited: [String] = []
        for source in mall.sources + mall.stages.flatMap(\.sources) where !cited.contains(source) { cited.append(source) }
        items += SourceList.items(cited, state)
        let placeSubject: String
        switch mall.place {
        case .province(let code): placeSubject = "province:\(code)"
        case .region(let code): placeSubject = "region:\(code)"
        }
        let subjects = ["mall:\(mall.id)", placeSubject, "digital:\(mall.place.code)"] + batches.map { "batch:\($0.id)" }
        let conflicts = RecordNames.conflicts(involving: subjects, index)
        if !conflicts.isEmpty {
            items.append(.blank)
            items.append(.heading(language.text(.sourcesDisagree)))
            for conflict in conflicts {
                items.append(.claims(topic: language.pick(conflict.topic), claims: conflict.claims.map { RecordNames.claim($0, state) },
                                     resolution: RecordNames.resolution(conflict, language)))
            }
        }
        return items
    }

    static func placeName(_ place: Place, _ state: DashboardState) -> String {
        let index = state.store.index
        switch place {
        case .province(let code):
            return "\(index.provinceByCode[code]?.name ?? code) (\(code), \(state.language.text(.provinceLevel)))"
        case .region(let code):
            guard let region = index.regionByCode[code] else { return code }
            let province = index.provinceByCode[region.provinceCode]?.name ?? region.provinceCode
            return "\(region.kind == .kota ? "Kota" : "Kab.") \(region.name), \(province) (\(code))"
        }
    }

    /// " (hanya bulan)" / " (hanya tahun)" after an imprecise date; nothing after an exact day.
    static func precisionNote(_ precision: DatePrecision, _ language: Language) -> String {
        switch precision {
        case .day: return ""
        case .month: return " (\(language.text(.precisionMonth)))"
        case .year: return " (\(language.text(.precisionYear)))"
        }
    }

    static func portalText(_ integration: PortalIntegration, _ language: Language) -> String {
        switch integration {
        case .yes: return language.text(.yes)
        case .no: return language.text(.no)
        case .unknown: return language.text(.unknown)
        }
    }
}

/// The help screen, generated from the key-binding table.
enum HelpText {
    static func items(_ state: DashboardState) -> [TextItem] {
        let language = state.language
        var items: [TextItem] = [.heading(language.text(.screenHelp))]
        for group in KeyBindings.groups {
            items.append(.blank)
            items.append(.heading(language.text(group)))
            for binding in KeyBindings.all where binding.group == group {
                items.append(.field(label: binding.label(state.glyphs).padded(toColumns: 14), value: language.text(binding.description), role: .text))
            }
        }
        items.append(.blank)
        items.append(.wrapped(language.text(.helpPrompts), role: .muted))
        return items
    }
}
