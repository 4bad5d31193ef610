/// The languages the dashboard speaks: Bahasa Indonesia by default, English on request.
public enum Language: String, CaseIterable, Sendable {
    case indonesian = "id"
    case english = "en"

    /// The language the dashboard starts in.
    public static let `default` = Language.indonesian
}
