import Localization
import RolloutData
import TerminalCanvas

/// The finder (`/`), from every screen: provinces, kabupaten/kota, MPPs, batches, conflicts,
/// sources, island groups, screens and commands, matched by `FinderQuery`. On a list screen the
/// rows of that list come first (Enter selects them there), then the commands the text reads as,
/// then everything else by how well it matches (by letters in order only when nothing matches by
/// its words).
package enum Finder {
    /// One thing the finder can name.
    package struct Item: Sendable {
        /// The folded name as shown.
        package var title: String
        /// The folded title with the other names and codes it is found by.
        package var key: String
        /// Among equal matches, the higher kind first: screens, provinces, kabupaten/kota, batches,
        /// MPPs, conflicts, sources.
        package var rank: Int
        /// The id of the row it is in a list, to be selected there when that list is on screen.
        package var rowID: String?
        package var entry: PaletteEntry

        package init(title: String, key: String, rank: Int, rowID: String?, entry: PaletteEntry) {
            self.title = SearchText.fold(title)
            self.key = self.title + " " + SearchText.fold(key)
            self.rank = rank
            self.rowID = rowID
            self.entry = entry
        }
    }

    package static func entries(for input: String, _ state: DashboardState) -> [PaletteEntry] {
        let query = FinderQuery(input)
        guard !query.isEmpty else { return [] }
        let rows = Reducer.visibleRows(state) ?? []
        let position = Dictionary(rows.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        var inList: [(tier: Int, position: Int, entry: PaletteEntry)] = []
        var others: [(score: Int, entry: PaletteEntry)] = []
        for item in items(state) {
            guard let score = query.score(title: item.title, key: item.key) else { continue }
            if let id = item.rowID, let row = position[id] {
                var entry = item.entry
                entry.action = .select(id)
                inList.append((score / FinderQuery.tierSize, row, entry))
            } else {
                others.append((score + item.rank * rankStep, item.entry))
            }
        }
        // Letters merely in order are a last resort: when something matches by its words, they are noise.
        if others.contains(where: { $0.score >= FinderQuery.tierSize }) || !inList.isEmpty {
            others.removeAll { $0.score < FinderQuery.tierSize }
        }
        let listed = inList.sorted { ($0.tier, -$0.position) > ($1.tier, -$1.position) }.map(\.entry)
        let rest = others.sorted { $0.score > $1.score }.map(\.entry)
        return Array((listed + Palette.commands(for: input, state) + rest).prefix(Palette.maximumEntries))
    }

    /// How much a higher kind adds to a score: less than a rank of `FinderQuery.score`.
    static let rankStep = 10_000

    /// Everything the finder can name, in the interface language: from the state's index when it
    /// is up to date, else built.
    package static func items(_ state: DashboardState) -> [Item] {
        if let index = state.finderIndex, index.key == FinderIndex.Key(state) { return index.items }
        return buildItems(state)
    }

    /// Every province, kabupaten/kota, batch, MPP (all of them), conflict and cited source, and the
    /// screens.
    static func buildItems(_ state: DashboardState) -> [Item] {
        let language = state.language
        let index = state.store.index
        let snapshot = state.store.snapshot
        var result = Palette.screenEntries(state)
        func provinceName(_ code: String) -> String { index.provinceByCode[code]?.name ?? "" }
        for group in IslandGroup.allCases {
            let name = language.name(group)
            result.append(Item(title: name, key: group.rawValue, rank: 5, rowID: group.rawValue,
                               entry: PaletteEntry(title: name, detail: language.text(.columnIslandGroup),
                                                   action: .go(.screen(.islands), select: group.rawValue))))
        }
        for province in index.provinces {
            result.append(Item(title: province.name, key: province.code, rank: 5, rowID: province.code,
                               entry: PaletteEntry(title: province.name,
                                                   detail: "\(language.text(.columnProvince)) · \(language.name(province.islandGroup))",
                                                   action: .go(.province(province.code), select: nil))))
        }
        for region in snapshot.regions {
            let province = provinceName(region.provinceCode)
            let kind = language.text(region.kind == .kota ? .finderKota : .finderKabupaten)
            result.append(Item(title: region.shortName, key: "\(kind) \(region.name) \(region.code) \(province)", rank: 4, rowID: region.code,
                               entry: PaletteEntry(title: region.shortName, detail: "\(kind) · \(province)",
                                                   action: .go(.province(region.provinceCode), select: region.code))))
        }
        for batch in index.batchesInDateOrder {
            let name = RecordNames.batch(batch, state)
            result.append(Item(title: name, key: "\(RecordNames.batch(batch, state, long: true)) \(batch.id)", rank: 3, rowID: batch.id,
                               entry: PaletteEntry(title: name, detail: language.text(.commandBatch), action: .go(.batch(batch.id), select: nil))))
        }
        for mall in snapshot.malls {
            let province = provinceName(mall.place.provinceCode)
            result.append(Item(title: mall.name, key: "\(mall.place.code) \(province)", rank: 2, rowID: mall.id,
                               entry: PaletteEntry(title: mall.name, detail: "MPP · \(province)", action: .go(.mall(mall.id), select: nil))))
        }
        for conflict in snapshot.conflicts {
            let topic = language.pick(conflict.topic)
            result.append(Item(title: topic, key: "", rank: 1, rowID: conflict.id,
                               entry: PaletteEntry(title: topic, detail: language.text(.commandConflict),
                                                   action: .go(.conflict(conflict.id), select: nil))))
        }
        let citing = citingRoutes(state)
        for source in snapshot.sources {
            guard let route = citing[source.id] else { continue }
            result.append(Item(title: source.title, key: source.publisher, rank: 0, rowID: nil,
                               entry: PaletteEntry(title: source.title, detail: "\(language.text(.finderSource)) · \(source.publisher)",
                                                   action: .go(route, select: nil))))
        }
        return result
    }

    /// For each source, the first page that cites it: an MPP, else a batch.
    private static func citingRoutes(_ state: DashboardState) -> [String: Route] {
        var routes: [String: Route] = [:]
        for mall in state.store.snapshot.malls {
            for source in mall.sources where routes[source] == nil { routes[source] = .mall(mall.id) }
        }
        for batch in state.store.index.batchesInDateOrder {
            for source in batch.sources where routes[source] == nil { routes[source] = .batch(batch.id) }
        }
        return routes
    }
}

/// What the finder searches, built once for the data, the language and the glyphs and kept in the
/// state, so that a key typed in the finder scores the items without building them again.
package struct FinderIndex: Sendable {
    /// What the items are built from.
    struct Key: Hashable, Sendable {
        var data: Int
        var language: Language
        var glyphs: GlyphSet

        init(_ state: DashboardState) {
            data = state.dataGeneration
            language = state.language
            glyphs = state.glyphs
        }
    }

    let key: Key
    package let items: [Finder.Item]

    init(_ state: DashboardState) {
        key = Key(state)
        items = Finder.buildItems(state)
    }
}

extension DashboardState {
    /// Brings what is derived from the data up to date after an action: the lists on the stack,
    /// the finder's index while the finder is open (built on its first use, not at start), and the
    /// pick list of a form's field being typed in.
    mutating func refreshDerivedData() {
        refreshListCache()
        if prompt?.kind == .search, finderIndex?.key != FinderIndex.Key(self) {
            finderIndex = FinderIndex(self)
        }
        refreshPickIndex()
    }
}
