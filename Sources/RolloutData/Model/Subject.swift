/// What a conflict is about, written as the snapshot writes it (`batch:ID`, `mall:ID`,
/// `total:DATE`, `digital:CODE`, `region:CODE`, `province:CODE`, `claim:ID`, `programme`): the
/// one place these strings are built, for `RolloutIndex.conflicts(involving:)`.
public enum Subject {
    public static let programme = "programme"

    public static func batch(_ id: String) -> String { "batch:\(id)" }
    public static func mall(_ id: String) -> String { "mall:\(id)" }
    public static func claim(_ id: String) -> String { "claim:\(id)" }
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
