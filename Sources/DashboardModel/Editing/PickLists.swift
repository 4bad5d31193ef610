import Localization
import RolloutData

/// One value a pick field offers: what the data stores (`value`: a code, an id, a subject), and
/// how people know it.
package struct PickOption: Hashable, Sendable {
    package var value: String
    package var title: String
    package var detail: String
}

/// The values of the pick fields and of a source field's suggestions, built from the data, and
/// found by what was typed as the finder finds names (accents, case, short names, typos).
package enum PickLists {
    /// The most values a list shows for what was typed: type more to narrow it.
    package static let limit = 100

    /// Every value of a list, in the data's order.
    package static func options(_ list: PickList, _ form: Form, _ state: DashboardState) -> [PickOption] {
        let index = state.store.index
        let language = state.language
        switch list {
        case .provinces:
            return index.provinces.map { PickOption(value: $0.code, title: $0.name, detail: language.name($0.islandGroup)) }
        case .malls:
            return state.store.snapshot.malls.map { mall in
                PickOption(value: mall.id, title: mall.name, detail: index.provinceByCode[mall.place.provinceCode]?.name ?? mall.place.provinceCode)
            }
        case .claimRegions:
            guard let province = form.field(.province).flatMap({ resolve(.provinces, $0.text, form, state) }) else { return [] }
            return (index.regionsByProvince[province] ?? []).map { PickOption(value: $0.code, title: $0.shortName, detail: $0.code) }
        case .subjects:
            return subjects(state).map { PickOption(value: $0, title: RecordNames.subject($0, state), detail: $0) }
        case .sources:
            return state.store.snapshot.sources.map { source in
                PickOption(value: source.id, title: source.title, detail: "\(source.publisher) \(source.url ?? "")")
            }
        }
    }

    /// The values that match `text`, best first (all, up to `limit`, when nothing is typed).
    package static func matches(_ list: PickList, _ text: String, _ form: Form, _ state: DashboardState) -> [PickOption] {
        let options = options(list, form, state)
        let query = FinderQuery(text)
        guard !query.isEmpty else { return Array(options.prefix(limit)) }
        var scored = options.compactMap { option -> (Int, PickOption)? in
            let title = SearchText.fold(option.title)
            return query.score(title: title, key: title + " " + SearchText.fold(option.value + " " + option.detail)).map { ($0, option) }
        }
        // As in the finder: letters merely in order are noise once something matches by its words.
        if scored.contains(where: { $0.0 >= FinderQuery.tierSize }) { scored.removeAll { $0.0 < FinderQuery.tierSize } }
        return scored.sorted { $0.0 > $1.0 }.prefix(limit).map(\.1)
    }

    /// The values listed under a field being typed in: a multi-pick field's values that match its
    /// text; a pick or source field's suggestions while its text names nothing yet or one of them
    /// is highlighted (a new URL may be the start of a known one).
    package static func listed(_ field: FormField, _ form: Form, _ state: DashboardState) -> [PickOption] {
        let text = FieldValues.trimmed(field.text)
        switch field.kind {
        case .pickMany(let list):
            return matches(list, text, form, state)
        case .pick(let list):
            guard !text.isEmpty, field.cursor >= 0 || resolve(list, text, form, state) == nil else { return [] }
            return matches(list, text, form, state)
        case .source:
            guard !text.isEmpty else { return [] }
            if case .known = FormRules.reference(text, state), field.cursor < 0 { return [] }
            return matches(.sources, text, form, state)
        case .text, .date, .url, .count, .choice:
            return []
        }
    }

    /// The value `text` names: a value itself, or the one option whose name it is; nil otherwise.
    package static func resolve(_ list: PickList, _ text: String, _ form: Form, _ state: DashboardState) -> String? {
        let text = FieldValues.trimmed(text)
        guard !text.isEmpty else { return nil }
        let options = options(list, form, state)
        if options.contains(where: { $0.value == text }) { return text }
        let folded = SearchText.fold(text)
        let named = options.filter { SearchText.fold($0.title) == folded }
        return named.count == 1 ? named[0].value : nil
    }

    /// The name of a value of a list, for the note beside its field.
    package static func title(_ list: PickList, _ value: String, _ form: Form, _ state: DashboardState) -> String? {
        options(list, form, state).first { $0.value == value }?.title
    }

    /// What a conflict can be about: the programme, every MPP, batch, province, kabupaten/kota,
    /// MPP Digital entry, reported total (by date) and coverage claim, as subjects.
    private static func subjects(_ state: DashboardState) -> [String] {
        let snapshot = state.store.snapshot
        var seen: Set<String> = []
        let totals = snapshot.reportedTotals.map(Subject.total).filter { seen.insert($0).inserted }
        return [Subject.programme]
            + snapshot.malls.map { Subject.mall($0.id) }
            + snapshot.batches.map { Subject.batch($0.id) }
            + snapshot.provinces.map { Subject.place(.province($0.code)) }
            + snapshot.regions.map { Subject.place(.region($0.code)) }
            + snapshot.digital.map { Subject.digital($0.place.code) }
            + totals
            + snapshot.coverageClaims.map { Subject.claim($0.id) }
    }
}
