import Localization
import RolloutData
import TerminalCanvas

extension ListCatalog {
    // MARK: Conflicts

    /// The order of the Conflicts screen: the programme, national totals, batches, coverage
    /// claims, provinces and regions, MPP Digital, then MPPs.
    package static let subjectKindOrder = ["programme", "total", "batch", "claim", "province", "region", "digital", "mall"]

    /// Every conflict of the data: what it is about, its topic, the values claimed side by side
    /// and the number of sources.
    package static func conflicts(_ state: DashboardState) -> ListSpec {
        let language = state.language
        let columns = [
            TableColumn(language.text(.columnAbout), width: 24, minWidth: 20, flexible: true),
            TableColumn(language.text(.columnTopic), width: 70, minWidth: 16, flexible: true),
            TableColumn(language.text(.columnClaimedValues), width: 15, alignment: .right),
            TableColumn(language.text(.columnSourceCount), width: 7, alignment: .right),
        ]
        let ordered = state.store.snapshot.conflicts.sorted { lhs, rhs in
            (kindRank(lhs.subject), lhs.subject, lhs.id) < (kindRank(rhs.subject), rhs.subject, rhs.id)
        }
        let rows = ordered.map { conflict -> ListRow in
            let about = RecordNames.subject(conflict.subject, state)
            let topic = language.pick(conflict.topic)
            let values = RecordNames.claimedValues(conflict, language)
            let sources = Set(conflict.claims.flatMap(\.sources)).count
            return ListRow(
                id: conflict.id,
                cells: [TableCell(about), TableCell(topic, role: .muted),
                        TableCell(values ?? state.glyphs.emDash, role: values == nil ? .unknown : .conflict),
                        TableCell(language.integer(sources))],
                sortKeys: [.number(Double(kindRank(conflict.subject))), .text(SearchText.fold(topic)),
                           values == nil ? .none : .number(Double(conflict.claims.compactMap(\.value).min() ?? 0)),
                           .number(Double(sources))],
                searchText: "\(conflict.id) \(about) \(topic)",
                target: .conflict(conflict.id),
                values: [.text(about), .text(topic), .text(values), .integer(sources)])
        }
        return ListSpec(columns: columns, rows: rows)
    }

    private static func kindRank(_ subject: String) -> Int {
        let kind = subject.split(separator: ":", maxSplits: 1).first.map(String.init) ?? subject
        return subjectKindOrder.firstIndex(of: kind) ?? subjectKindOrder.count
    }

    // MARK: MPPs of one batch

    /// The MPPs known by name of a batch, each opening its page.
    package static func members(of batchID: String, _ state: DashboardState) -> ListSpec {
        let language = state.language
        let index = state.store.index
        let columns = [
            TableColumn(language.text(.columnName), width: 36, minWidth: 14, flexible: true),
            TableColumn(language.text(.columnRegion), width: 26, minWidth: 10, flexible: true),
            TableColumn(language.text(.columnStatus), width: 14, minWidth: 8, flexible: true),
            TableColumn(language.text(.columnDate), width: 11, alignment: .right),
        ]
        let malls = index.batch(batchID)?.mallIDs.compactMap { index.mallByID[$0] } ?? []
        let rows = malls.map { mall -> ListRow in
            let status = MallStatus(malls: [mall], state: state)
            let place = RecordNames.place(mall.place.code, index)
            return ListRow(
                id: mall.id,
                cells: [TableCell(mall.name), TableCell(place, role: .muted),
                        TableCell(status.text(language, glyphs: state.glyphs, count: 1), role: status.role),
                        TableCell(dateText(status.date, state))],
                sortKeys: [.text(SearchText.fold(mall.name)), .text(SearchText.fold(place)), .number(status.rank),
                           status.date.map { .text($0.description) } ?? .none],
                searchText: "\(mall.id) \(mall.name) \(place)", facets: RowFacets(coverage: status.coverage), target: .mall(mall.id),
                values: [.text(mall.name), .text(place), .text(status.text(language, glyphs: state.glyphs, count: 1)), dateValue(status.date)])
        }
        return ListSpec(columns: columns, rows: rows)
    }
}
