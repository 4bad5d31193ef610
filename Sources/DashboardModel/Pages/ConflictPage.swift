import Localization
import RolloutData
import TerminalCanvas

/// The items of one conflict's page: its topic, every claim side by side, the resolution, the
/// records it concerns and its sources.
package enum ConflictPage {
    package static func items(_ id: String, _ state: DashboardState) -> [TextItem] {
        let language = state.language
        guard let conflict = state.store.index.conflict(id) else {
            return [.wrapped(language.text(.conflictNotFound, id), role: .bad)]
        }
        var items: [TextItem] = [.heading(language.pick(conflict.topic))]
        items.append(.field(label: language.text(.columnAbout), value: RecordNames.subject(conflict.subject, state, long: true),
                            role: .text))
        if let values = RecordNames.claimedValues(conflict, language) {
            items.append(.field(label: language.text(.columnClaimedValues), value: values, role: .conflict))
        }
        items.append(.blank)
        items.append(.heading(language.text(.conflictClaims)))
        items.append(.claims(topic: nil, claims: conflict.claims.map { RecordNames.claim($0, state) }, resolution: nil))
        items.append(.blank)
        items.append(.field(label: language.text(.conflictResolution), value: RecordNames.resolution(conflict, language),
                            role: conflict.resolution == nil ? .unknown : .text))
        items.append(.blank)
        items.append(.heading(language.text(.conflictConcerns)))
        for subject in conflict.subjects {
            items.append(.wrapped("\(RecordNames.subject(subject, state, long: true)) (\(subject))", role: .text))
        }
        var cited: [String] = []
        for source in conflict.claims.flatMap(\.sources) where !cited.contains(source) { cited.append(source) }
        items += SourceList.items(cited, state)
        return items
    }
}

/// The sources a page cites, each with its publisher, date, title and full URL (never cut, so it
/// stays selectable), under a "Sources" heading.
package enum SourceList {
    package static func items(_ ids: [String], _ state: DashboardState) -> [TextItem] {
        let language = state.language
        var items: [TextItem] = [.blank, .heading(language.text(.fieldSources))]
        for id in ids {
            guard let source = state.store.index.sourceByID[id] else { continue }
            var line = "[\(id)] \(source.publisher)"
            if let published = source.published { line += ", \(language.date(published))" }
            line += ": \(source.title)"
            items.append(.wrapped(line, role: source.isOfficial ? .good : .text))
            items.append(source.url.map(TextItem.url) ?? .wrapped("  " + language.text(.noURL), role: .unknown))
        }
        return items
    }
}
