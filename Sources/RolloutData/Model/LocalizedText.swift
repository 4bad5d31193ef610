/// A free text of the data in Bahasa Indonesia, in English, or in both; never in neither.
///
/// User-written snapshots may give one language only; the dashboard then shows that one with a
/// marker of its language.
public struct LocalizedText: Hashable, Sendable {
    public let indonesian: String?
    public let english: String?

    /// A text in both languages.
    public init(indonesian: String, english: String) {
        self.indonesian = indonesian
        self.english = english
    }

    /// A text in Bahasa Indonesia only.
    public init(indonesian: String) {
        self.indonesian = indonesian
        english = nil
    }

    /// A text in English only (what a plain string of a 1.0 snapshot is read as).
    public init(english: String) {
        indonesian = nil
        self.english = english
    }

    /// A text from parts that may be missing; nil when both are.
    public init?(indonesian: String?, english: String?) {
        guard indonesian != nil || english != nil else { return nil }
        self.indonesian = indonesian
        self.english = english
    }

    /// The parts that are present, Bahasa Indonesia first.
    public var parts: [String] { [indonesian, english].compactMap { $0 } }
}
