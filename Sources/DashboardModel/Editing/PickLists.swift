import Localization
import RolloutData

/// One value a pick field offers: what the data stores (`value`: a code, an id, a subject), how
/// people know it, and the folded text it is found by.
package struct PickOption: Hashable, Sendable {
    package var value: String
    package var title: String
    package var detail: String
    /// The folded title, and the folded title with the value and the detail.
    let foldedTitle: String
    let foldedKey: String

    init(value: String, title: String, detail: String) {
        self.value = value
        self.title = title
        self.detail = detail
        foldedTitle = SearchText.fold(title)
        foldedKey = foldedTitle + " " + SearchText.fold(value + " " + detail)
    }
}

/// The values of one pick list, built once per data, language and province (for a province's
/// kabupaten/kota) and kept in the state while a field of that list is typed in, so that a key
/// scores them without building them again (100,000 MPPs in the synthetic snapshot).
package struct PickIndex: Sendable {
    struct Key: Hashable, Sendable {
        var data: Int
        var language: Language
        var list: PickList
        /// The province of the kabupaten/kota listed.
        var province: String?
    }

    let key: Key
    let options: [PickOption]
}

/// The values of the pick fields and of a source field's suggestions, built from the data, and
/// found by what was typed as the finder finds names (accents, case, short names, typos).
package enum PickLists {
    /// The most values a list shows for what was typed: type more to narrow it.
    package static let limit = 100

    /// Every value of a list, in the data's order: from the state's index when it is up to date.
    package static func options(_ list: PickList, _ form: Form, _ state: DashboardState) -> [PickOption] {
        let key = indexKey(list, form, state)
        if let index = state.pickIndex, index.key == key { return index.options }
        return build(key, state)
    }

    static func indexKey(_ list: PickList, _ form: Form, _ state: DashboardState) -> PickIndex.Key {
        let province = list == .claimRegions ? form.field(.province).flatMap { resolve(.provinces, $0.text, form, state) } : nil
        return PickIndex.Key(data: state.dataGeneration, language: state.language, list: list, province: province)
    }

    static func build(_ key: PickIndex.Key, _ state: DashboardState) -> [PickOption] {
        let index = state.store.index
        switch key.list {
        case .provinces: return index.provinces.map { option(province: $0, state) }
        case .malls: return state.store.snapshot.malls.map { option(mall: $0, index) }
        case .claimRegions: return key.province.map { (index.regionsByProvince[$0] ?? []).map(option(region:)) } ?? []
        case .subjects: return subjects(state).map { option(subject: $0, state) }
        case .sources: return state.store.snapshot.sources.map(option(source:))
        }
    }

    private static func option(province: Province, _ state: DashboardState) -> PickOption {
        PickOption(value: province.code, title: province.name, detail: state.language.name(province.islandGroup))
    }

    private static func option(mall: Mall, _ index: RolloutIndex) -> PickOption {
        PickOption(value: mall.id, title: mall.name, detail: index.provinceByCode[mall.place.provinceCode]?.name ?? mall.place.provinceCode)
    }

    private static func option(region: Region) -> PickOption {
        PickOption(value: region.code, title: region.shortName, detail: region.code)
    }

    private static func option(subject: String, _ state: DashboardState) -> PickOption {
        PickOption(value: subject, title: RecordNames.subject(subject, state), detail: subject)
    }

    private static func option(source: Source) -> PickOption {
        PickOption(value: source.id, title: source.title, detail: "\(source.publisher) \(source.url ?? "")")
    }

    /// The option whose value is `value`, found directly in the data rather than in the list.
    private static func option(_ list: PickList, value: String, _ form: Form, _ state: DashboardState) -> PickOption? {
        let index = state.store.index
        switch list {
        case .provinces: return index.provinceByCode[value].map { option(province: $0, state) }
        case .malls: return index.mallByID[value].map { option(mall: $0, index) }
        case .claimRegions:
            guard let region = index.regionByCode[value], region.provinceCode == indexKey(list, form, state).province else { return nil }
            return option(region: region)
        case .subjects: return isSubject(value, state) ? option(subject: value, state) : nil
        case .sources: return index.sourceByID[value].map(option(source:))
        }
    }

    /// The values that match `text`, best first (all, up to `limit`, when nothing is typed). Those
    /// that hold every word typed are scored alone when there are any: a typo or letters in order
    /// are looked for only when nothing holds the words (which keeps a key quick in a long list).
    package static func matches(_ list: PickList, _ text: String, _ form: Form, _ state: DashboardState) -> [PickOption] {
        let options = options(list, form, state)
        let query = FinderQuery(text)
        guard !query.isEmpty else { return Array(options.prefix(limit)) }
        let holding = options.filter { option in query.readings.contains { $0.allSatisfy(option.foldedKey.contains) } }
        var scored = (holding.isEmpty ? options : holding).compactMap { option in
            query.score(title: option.foldedTitle, key: option.foldedKey).map { ($0, option) }
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
        if option(list, value: text, form, state) != nil { return text }
        let folded = SearchText.fold(text)
        let named = options(list, form, state).filter { $0.foldedTitle == folded }
        return named.count == 1 ? named[0].value : nil
    }

    /// The name of a value of a list, for the note beside its field.
    package static func title(_ list: PickList, _ value: String, _ form: Form, _ state: DashboardState) -> String? {
        option(list, value: value, form, state)?.title
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

    /// True when `subject` names a record of the data (or the programme), as `subjects` lists it.
    private static func isSubject(_ subject: String, _ state: DashboardState) -> Bool {
        let index = state.store.index
        let snapshot = state.store.snapshot
        guard subject != Subject.programme else { return true }
        let parts = subject.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return false }
        let reference = parts[1]
        switch parts[0] {
        case "mall": return index.mallByID[reference] != nil
        case "batch": return index.batch(reference) != nil
        case "province": return index.provinceByCode[reference] != nil
        case "region": return index.regionByCode[reference] != nil
        case "digital": return index.digitalByPlace[.region(reference)] != nil || index.digitalByPlace[.province(reference)] != nil
        case "total": return snapshot.reportedTotals.contains { Subject.total($0) == subject }
        case "claim": return snapshot.coverageClaims.contains { $0.id == reference }
        default: return false
        }
    }
}

extension DashboardState {
    /// Builds the index of the pick list being typed in, when a form's focused field has one and
    /// the index is not up to date (after every action, as the finder's index is).
    mutating func refreshPickIndex() {
        guard let form, let list = form.focusedField.kind.pickList else { return }
        let key = PickLists.indexKey(list, form, self)
        if pickIndex?.key != key { pickIndex = PickIndex(key: key, options: PickLists.build(key, self)) }
    }
}

extension FieldKind {
    /// The list a pick, multi-pick or source field takes its values or suggestions from.
    var pickList: PickList? {
        switch self {
        case .pick(let list), .pickMany(let list): return list
        case .source: return .sources
        case .text, .date, .url, .count, .choice: return nil
        }
    }
}
