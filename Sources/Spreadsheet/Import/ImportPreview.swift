public import Localization
public import RolloutData

/// The preview of an import, in the language of the interface: a summary line, then the changes
/// by kind (new sources, new MPPs, MPPs on record, MPP Digital), each with what it was before.
public enum ImportPreview {
    /// The lines of the preview of `plan`, importing `file` into `target`.
    public static func lines(_ plan: ImportPlan, file: String, target: String, index: RolloutIndex, language: Language) -> [String] {
        let summary = language.text(.importSummary, file, target, language.integer(plan.rows), language.integer(plan.changes.count))
        guard !plan.isEmpty else { return [summary, language.text(.importNothing)] }
        let writer = Writer(index: index, language: language)
        var sections: [(title: TextKey, lines: [String])] = [(.importNewSources, []), (.importNewMalls, []), (.importMallsOnRecord, []), (.importDigital, [])]
        for change in plan.changes {
            let (section, line) = writer.line(change)
            sections[section].lines.append("  " + line)
        }
        var lines = [summary]
        for section in sections where !section.lines.isEmpty {
            lines += ["", language.text(section.title)] + section.lines
        }
        return lines
    }

    private struct Writer {
        let index: RolloutIndex
        let language: Language

        /// The section (an index into the preview's sections) and the text of a change.
        func line(_ change: ImportChange) -> (Int, String) {
            switch change {
            case .newSource(let source):
                return (0, "+ \(source.id): \(source.title) (\(source.publisher)) \(source.url ?? "")")
            case .newMall(let mall):
                var parts = mall.stages.map(event)
                if mall.portalIntegration != .unknown { parts.append("\(language.text(.fieldPortal)): \(portal(mall.portalIntegration))") }
                parts += mall.counts.map { counts($0, before: nil) }
                return (1, "+ \(mall.name) (\(mall.id)), \(place(mall.place)): \(parts.joined(separator: "; "))")
            case .mallStage(let mall, let before, let after):
                return (2, "\(name(mall)): \(stageChange(before, after))")
            case .portal(let mall, let after, _):
                return (2, "\(name(mall)): \(language.text(.fieldPortal)): \(portal(mall.portalIntegration)) → \(portal(after))")
            case .count(let mall, let count):
                return (2, "\(name(mall)): \(counts(count, before: mall))")
            case .mallNote(let mall, let after):
                return (2, "\(name(mall)): \(language.text(.importNote)): \(quoted(mall.note)) → \(quoted(after))")
            case .digitalStage(let place, let before, let after):
                return (3, "\(self.place(place)): \(stageChange(before, after))")
            case .digitalService(let place, let service):
                return (3, "\(self.place(place)): + \(language.text(.importOnlineService)): \(service.name)")
            }
        }

        func name(_ mall: Mall) -> String { "\(mall.name) (\(mall.id))" }

        func place(_ place: Place) -> String {
            switch place {
            case .region(let code): return "\(index.regionByCode[code]?.shortName ?? code) (\(code))"
            case .province(let code): return "\(index.provinceByCode[code]?.name ?? code) (\(code))"
            }
        }

        func stageName<Stage: HistoryStage>(_ stage: Stage) -> String {
            switch stage {
            case let stage as MallStage: return language.name(stage)
            case let stage as DigitalStage: return language.name(stage)
            default: return stage.rawValue
            }
        }

        func date(_ date: PartialDate?) -> String {
            language.date(date, unknown: language.text(.unknown))
        }

        func event<Stage: HistoryStage>(_ event: StageEvent<Stage>) -> String {
            "\(stageName(event.stage)) \(date(event.date))"
        }

        /// `+ Stage date`, `Stage before → after`, or `Stage date: sources added: …`.
        func stageChange<Stage: HistoryStage>(_ before: StageEvent<Stage>?, _ after: StageEvent<Stage>) -> String {
            guard let before else { return "+ " + event(after) }
            guard before.date == after.date else { return "\(stageName(after.stage)) \(date(before.date)) → \(date(after.date))" }
            let added = after.sources.filter { !before.sources.contains($0) }
            return "\(event(after)): \(language.text(.importSourcesAdded, added.joined(separator: ", ")))"
        }

        func portal(_ value: PortalIntegration) -> String {
            switch value {
            case .yes: return language.text(.yes)
            case .no: return language.text(.no)
            case .unknown: return language.text(.unknown)
            }
        }

        /// `Services 200 → 250, Agencies 31 (as of 10 Feb 2026)`: the numbers the count gives,
        /// after the MPP's numbers before it when it had them.
        func counts(_ count: FacilityCount, before mall: Mall?) -> String {
            func part(_ key: TextKey, _ value: Int?, _ old: Int?) -> String? {
                guard let value else { return nil }
                return "\(language.text(key)) " + (old.map { "\(language.integer($0)) → " } ?? "") + language.integer(value)
            }
            let parts = [part(.fieldServices, count.services, mall?.services), part(.fieldAgencies, count.agencies, mall?.agencies)].compactMap { $0 }
            return parts.joined(separator: ", ") + (count.date.map { " (\(language.text(.importCountAsOf, language.date($0))))" } ?? "")
        }

        func quoted(_ text: LocalizedText?) -> String {
            text.map { "\"\(language.pick($0))\"" } ?? "—"
        }
    }
}
