/// What a theme is for, in Bahasa Indonesia, English or both (at least one). A theme file's plain
/// string is English only (Themes/README.md); the interface shows it with `Language.pick`.
public struct ThemeDescription: Hashable, Sendable {
    public let indonesian: String?
    public let english: String?

    /// A description in both languages.
    public init(indonesian: String, english: String) {
        self.indonesian = indonesian
        self.english = english
    }

    /// A description in English only (what a plain string in a theme file is read as).
    public init(english: String) {
        indonesian = nil
        self.english = english
    }

    /// A description from parts that may be missing; nil when both are.
    public init?(indonesian: String?, english: String?) {
        guard indonesian != nil || english != nil else { return nil }
        self.indonesian = indonesian
        self.english = english
    }
}
