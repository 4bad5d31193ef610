public import RolloutData

/// The rollout sheet as `mppdash export --format csv` writes it, in the columns `mppdash import`
/// reads (`SheetColumn`): one row per stage of each MPP, then one per MPP Digital stage of each
/// region, with the other values of the MPP or the region on each row, so that a sheet exported,
/// edited and imported again applies exactly the edits made. Sources are written as their URLs
/// (their ids when they have none), several separated by ` | `; stages and Portal integration
/// as their English codes; an unknown value as an empty cell.
public enum RolloutSheet {
    /// The header, in English (the import reads it in either language).
    public static var header: [String] { SheetColumn.allCases.map(\.english) }

    /// The rows of the snapshot of `index`.
    public static func rows(_ index: RolloutIndex) -> [[String]] {
        let snapshot = index.snapshot
        var rows: [[String]] = []
        for mall in snapshot.malls.sorted(by: { $0.id < $1.id }) {
            for event in mall.stages.sorted(by: { $0.stage < $1.stage }) {
                rows.append(row([
                    .record: SheetRecordKind.mall.rawValue, .regionCode: mall.place.code, .mallID: mall.id, .mallName: mall.name,
                    .stage: event.stage.rawValue, .date: event.date?.description ?? "", .source: sources(event.sources, index),
                    .portalIntegration: mall.portalIntegration.rawValue, .services: mall.services.map(String.init) ?? "",
                    .agencies: mall.agencies.map(String.init) ?? "", .note: mall.note?.indonesian ?? "",
                    .noteEnglish: mall.note?.english ?? "",
                ]))
            }
        }
        for adoption in snapshot.digital.sorted(by: { $0.place < $1.place }) {
            for event in adoption.stages.sorted(by: { $0.stage < $1.stage }) {
                rows.append(row([
                    .record: SheetRecordKind.digital.rawValue, .regionCode: adoption.place.code, .stage: event.stage.rawValue,
                    .date: event.date?.description ?? "", .source: sources(event.sources, index),
                    .onlineServices: adoption.services.map(\.name).joined(separator: " | "), .note: adoption.note?.indonesian ?? "",
                    .noteEnglish: adoption.note?.english ?? "",
                ]))
            }
        }
        return rows
    }

    private static func row(_ cells: [SheetColumn: String]) -> [String] {
        SheetColumn.allCases.map { cells[$0] ?? "" }
    }

    /// Each source's URL, or its id when it has none.
    private static func sources(_ ids: [String], _ index: RolloutIndex) -> String {
        ids.map { index.sourceByID[$0]?.url ?? $0 }.joined(separator: " | ")
    }
}
