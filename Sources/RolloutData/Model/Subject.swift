/// What a conflict is about, written as the snapshot writes it (`batch:ID`, `mall:ID`,
/// `total:DATE`, `digital:CODE`, `region:CODE`, `province:CODE`, `claim:ID`, `programme`): the
/// one place these strings are built, for `RolloutIndex.conflicts(involving:)`; and what a change
/// between two snapshots is about (`SnapshotDiff`, the audit log), which adds `source:ID`,
/// `milestone:ID`, `conflict:ID`, a reported total by its whole key and `snapshot:FIELD`.
public enum Subject {
    public static let programme = "programme"

    public static func batch(_ id: String) -> String { "batch:\(id)" }
    public static func mall(_ id: String) -> String { "mall:\(id)" }
    public static func claim(_ id: String) -> String { "claim:\(id)" }
    public static func source(_ id: String) -> String { "source:\(id)" }
    public static func milestone(_ id: String) -> String { "milestone:\(id)" }
    public static func conflict(_ id: String) -> String { "conflict:\(id)" }
    /// A field of the snapshot itself: `snapshot:title`, `snapshot:asOf`.
    public static func snapshot(_ field: String) -> String { "snapshot:\(field)" }

    /// One reported total as a change names it: a total has no id, so its subject is the key of
    /// its canonical order, `total:DATE/TOTAL[/RELATION]/REPORTER/SOURCE,SOURCE`
    /// (`total:2025-12-15/305/after/kemenpanrb/menpan-2025-12-15`).
    public static func reportedTotal(_ total: ReportedTotal) -> String {
        let relation = total.batchRelation.map { "/\($0.rawValue)" } ?? ""
        return "total:\(total.date)/\(total.total)\(relation)/\(total.reporter.rawValue)/\(total.sources.joined(separator: ","))"
    }
    public static func total(_ total: ReportedTotal) -> String { "total:\(total.date)" }
    /// The MPP Digital stages of a province or a kabupaten/kota.
    public static func digital(_ code: String) -> String { "digital:\(code)" }

    /// A province or a kabupaten/kota itself.
    public static func place(_ place: Place) -> String {
        switch place {
        case .province(let code): return "province:\(code)"
        case .region(let code): return "region:\(code)"
        }
    }
}
