import Localization
import RolloutData
import TerminalCanvas

/// A list as its screen shows it: every row built from the data (`spec`), and the rows its filter,
/// finder text and sort leave, in order (`rows`).
public struct ListView: Sendable {
    public var spec: ListSpec
    public var rows: [ListRow]
}

/// The lists of the routes on the stack, built once and kept in the state: a list's rows are built
/// again only when what they are built from changes (the data, the as-of day, the language, the
/// glyphs), and filtered, narrowed and sorted again only when its filter, finder text or sort
/// changes. A move changes none of these, so it costs the same whatever the list's length.
public struct ListCache: Sendable {
    /// What a list's rows are built from.
    struct SpecKey: Hashable, Sendable {
        var route: Route
        var data: Int
        var asOf: Day
        var language: Language
        var glyphs: GlyphSet
    }

    /// What narrows and orders a list's rows.
    struct ViewKey: Hashable, Sendable {
        var filter: RowFilter
        var query: String
        var sortColumn: Int?
        var sortAscending: Bool
    }

    struct Entry: Sendable {
        var specKey: SpecKey
        var viewKey: ViewKey
        var view: ListView
    }

    var entries: [Route: Entry] = [:]

    public init() {}
}

extension DashboardState {
    func specKey(_ route: Route) -> ListCache.SpecKey {
        ListCache.SpecKey(route: route, data: dataGeneration, asOf: asOf, language: language, glyphs: glyphs)
    }

    func viewKey(_ route: Route) -> ListCache.ViewKey {
        let list = list(route)
        return ListCache.ViewKey(filter: list.filter, query: list.query, sortColumn: list.table.sortColumn,
                                 sortAscending: list.table.sortAscending)
    }

    /// The list a route shows; nil for routes that are not lists. From the cache when it is up to
    /// date for the route, else built (the rows alone when only the filter, text or sort changed).
    public func listView(_ route: Route) -> ListView? {
        let spec: ListSpec
        if let entry = listCache.entries[route], entry.specKey == specKey(route) {
            if entry.viewKey == viewKey(route) { return entry.view }
            spec = entry.view.spec
        } else {
            guard let built = ListCatalog.spec(for: route, self) else { return nil }
            spec = built
        }
        return ListView(spec: spec, rows: spec.visibleRows(list(route)))
    }

    /// The list on screen; nil when the screen is not a list.
    public var currentList: ListView? { listView(route) }

    /// Brings the cache up to date for the routes on the stack and forgets the others: what the
    /// reducer does after every action, so that the frame and the next key find the lists built.
    mutating func refreshListCache() {
        var entries: [Route: ListCache.Entry] = [:]
        for route in stack {
            guard let view = listView(route) else { continue }
            entries[route] = ListCache.Entry(specKey: specKey(route), viewKey: viewKey(route), view: view)
        }
        listCache.entries = entries
    }
}
