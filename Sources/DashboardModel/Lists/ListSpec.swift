public import TerminalCanvas

/// How a column sorts: by text (accents and case ignored) or by number; nil sorts last.
public enum SortKey: Hashable, Sendable, Comparable {
    case text(String)
    case number(Double)
    case none

    public static func < (lhs: SortKey, rhs: SortKey) -> Bool {
        switch (lhs, rhs) {
        case let (.number(left), .number(right)): return left < right
        case let (.text(left), .text(right)): return left < right
        case (.none, _): return false
        case (_, .none): return true
        case (.number, .text): return true
        case (.text, .number): return false
        }
    }
}

/// One row of a list screen: what it shows, how it sorts and filters, what search finds in it,
/// and where Enter leads.
public struct ListRow: Hashable, Sendable {
    /// What the row stands for (a code or an id), to keep it selected across sorts and filters.
    public var id: String
    public var cells: [TableCell]
    public var sortKeys: [SortKey]
    /// The row's searchable text, folded (`SearchText.fold`).
    public var searchText: String
    public var facets: RowFacets
    public var target: Route?
    /// What each cell stands for in an export (numbers as numbers, unknown as unknown); the
    /// cell's text where the list gives none.
    public var values: [ExportValue]
    /// The filter Enter sets on the target's list (an island group opens Provinces filtered to it).
    public var targetFilter: RowFilter?

    public init(id: String, cells: [TableCell], sortKeys: [SortKey], searchText: String, facets: RowFacets = RowFacets(),
                target: Route? = nil, targetFilter: RowFilter? = nil, values: [ExportValue]? = nil) {
        self.id = id
        self.cells = cells
        self.values = values ?? cells.map { .text($0.text) }
        self.sortKeys = sortKeys
        self.searchText = SearchText.fold(searchText)
        self.facets = facets
        self.target = target
        self.targetFilter = targetFilter
    }
}

/// A list screen's table: its columns and all its rows, before filter and sort, and the facets
/// its filter menu offers.
public struct ListSpec: Sendable {
    public var columns: [TableColumn]
    /// In their own order until the user sorts by a column.
    public var rows: [ListRow]
    /// What the rows can be filtered on, in the menu's order; empty where the list has no filter.
    public var facets: [FilterFacet]

    public init(columns: [TableColumn], rows: [ListRow], facets: [FilterFacet] = []) {
        self.columns = columns
        self.rows = rows
        self.facets = facets
    }

    /// The rows shown: filtered by the list's own filter, narrowed to the finder's text as it is
    /// typed, then sorted by its column (stable, so equal keys keep their order).
    public func visibleRows(_ list: ListState) -> [ListRow] {
        let filter = list.filter
        var kept = filter.isEmpty ? rows : rows.filter { filter.admits($0.facets) }
        let query = FinderQuery(list.query)
        if !query.isEmpty { kept = kept.filter { query.matches($0.searchText) } }
        guard let column = list.table.sortColumn, column < columns.count else { return kept }
        let ascending = list.table.sortAscending
        return kept.enumerated().sorted { lhs, rhs in
            let left = lhs.element.sortKeys[safe: column] ?? .none
            let right = rhs.element.sortKeys[safe: column] ?? .none
            if left == right { return lhs.offset < rhs.offset }
            if left == .none || right == .none { return right == .none }
            return ascending ? left < right : right < left
        }.map(\.element)
    }
}

/// The selection, scroll, sort, search and filter of one list: each list keeps its own, so going
/// back finds a list as it was left.
public struct ListState: Hashable, Sendable {
    public var table = TableState(selectedRow: 0)
    /// The finder's text as typed, which the rows are narrowed to; empty when there is none.
    public var query = ""
    public var filter = RowFilter()

    public init() {}
}

extension Array {
    package subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
