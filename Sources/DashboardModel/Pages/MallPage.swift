package import Localization
package import RolloutData
import TerminalCanvas

/// The items of one MPP's detail screen.
package enum MallPage {
    package static func items(_ id: String, _ state: DashboardState) -> [TextItem] {
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
        items += history(mall.stages, name: language.name, state)
        let batches = index.batchesInDateOrder.filter { $0.mallIDs.contains(mall.id) }
        for batch in batches {
            let kind = language.text(batch.kind == .inauguration ? .batchInauguration : .batchSoftLaunch)
            items.append(.field(label: language.text(.fieldBatch), value: "\(language.longDate(batch.date, unknown: state.glyphs.emDash)) · \(kind) (\(batch.id))", role: .muted))
        }
        items.append(.blank)
        items.append(.field(label: language.text(.fieldPortal), value: portalText(mall.portalIntegration, language),
                            role: mall.portalIntegration == .unknown ? .unknown : .text))
        items.append(.field(label: language.text(.fieldServices), value: mall.services.map(language.integer) ?? unknown,
                            role: mall.services == nil ? .unknown : .text))
        items.append(.field(label: language.text(.fieldAgencies), value: mall.agencies.map(language.integer) ?? unknown,
                            role: mall.agencies == nil ? .unknown : .text))
        let digital = index.digitalByPlace[mall.place]
        let digitalText = digital?.stages.map { "\(language.name($0.stage)) \(language.date($0.date, unknown: state.glyphs.emDash))" }.joined(separator: ", ")
        items.append(.field(label: language.text(.digitalAdoption), value: digitalText ?? language.text(.notRecordedPerRegion),
                            role: digital == nil ? .muted : .digital))
        if let note = language.pick(mall.note) { items.append(.field(label: language.text(.columnNote), value: note, role: .muted)) }
        var cited: [String] = []
        for source in mall.sources + mall.stages.flatMap(\.sources) where !cited.contains(source) { cited.append(source) }
        items += SourceList.items(cited, state)
        let subjects = [Subject.mall(mall.id), Subject.place(mall.place), Subject.digital(mall.place.code)]
            + batches.map { Subject.batch($0.id) }
        return items + conflictItems(involving: subjects, state) + auditItems(mall.id, state)
    }

    /// The most recent changes to the MPP saved in the audit log, newest first (the whole list is
    /// `mppdash history FILE --mall ID`).
    package static func auditItems(_ id: String, _ state: DashboardState) -> [TextItem] {
        let language = state.language
        let entries = state.auditTrail.filter { $0.concerns(mall: id) }
        guard !entries.isEmpty else { return [] }
        var items: [TextItem] = [.blank, .heading(language.text(.auditHeading))]
        for entry in entries.reversed().prefix(auditShown) {
            let when = "\(entry.time) · \(entry.user) · \(language.text(.historyRevision)) \(language.integer(entry.revision))"
            items.append(.field(label: when, value: HistoryText.line(entry.change, language), role: .muted))
        }
        if entries.count > auditShown {
            items.append(.wrapped(language.text(.auditMore, language.integer(entries.count - auditShown), state.store.origin.name, id), role: .muted))
        }
        return items
    }

    /// How many changes the MPP page shows.
    static let auditShown = 12

    /// Each stage of a history with its date (and how precise it is), its sources and its note.
    package static func history<Stage>(_ events: [StageEvent<Stage>], name: (Stage) -> String, _ state: DashboardState) -> [TextItem] {
        let language = state.language
        return events.map { event in
            let date = event.date.map { language.longDate($0) + precisionNote($0.precision, language) } ?? language.text(.unknown)
            var value = date + "  [" + event.sources.joined(separator: ", ") + "]"
            if let note = language.pick(event.note) { value += "  " + note }
            return .field(label: name(event.stage), value: value, role: event.date == nil ? .unknown : .text)
        }
    }

    /// "Sources disagree" and every conflict that involves the subjects, claims side by side.
    package static func conflictItems(involving subjects: [String], _ state: DashboardState) -> [TextItem] {
        let language = state.language
        let conflicts = RecordNames.conflicts(involving: subjects, state.store.index)
        guard !conflicts.isEmpty else { return [] }
        return [.blank, .heading(language.text(.sourcesDisagree))] + conflicts.map { conflict in
            .claims(topic: language.pick(conflict.topic), claims: conflict.claims.map { RecordNames.claim($0, state) },
                    resolution: RecordNames.resolution(conflict, language))
        }
    }

    package static func placeName(_ place: Place, _ state: DashboardState) -> String {
        let index = state.store.index
        switch place {
        case .province(let code):
            return "\(index.provinceByCode[code]?.name ?? code) (\(code), \(state.language.text(.provinceLevel)))"
        case .region(let code):
            guard let region = index.regionByCode[code] else { return code }
            let province = index.provinceByCode[region.provinceCode]?.name ?? region.provinceCode
            return "\(region.shortName), \(province) (\(code))"
        }
    }

    /// " (hanya bulan)" / " (hanya tahun)" after an imprecise date; nothing after an exact day.
    package static func precisionNote(_ precision: DatePrecision, _ language: Language) -> String {
        switch precision {
        case .day: return ""
        case .month: return " (\(language.text(.precisionMonth)))"
        case .year: return " (\(language.text(.precisionYear)))"
        }
    }

    package static func portalText(_ integration: PortalIntegration, _ language: Language) -> String {
        switch integration {
        case .yes: return language.text(.yes)
        case .no: return language.text(.no)
        case .unknown: return language.text(.unknown)
        }
    }
}
