/// One cell of an exported view, typed: JSON writes numbers as numbers and an unknown as null,
/// CSV writes numbers without the interface's thousands separators and an unknown as empty.
public enum ExportValue: Hashable, Sendable {
    case text(String)
    case integer(Int)
    case decimal(Double)
    case unknown

    /// A whole number, or unknown for nil.
    public static func integer(_ value: Int?) -> ExportValue { value.map(ExportValue.integer) ?? .unknown }

    /// A text, or unknown for nil.
    public static func text(_ value: String?) -> ExportValue { value.map(ExportValue.text) ?? .unknown }
}
