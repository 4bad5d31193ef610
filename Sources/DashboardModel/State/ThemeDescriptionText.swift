public import Localization
public import TerminalCanvas

extension Language {
    /// A theme's description in this language, by the rule of the data's texts: the other
    /// language after its marker when the theme gives only that one.
    public func pick(_ description: ThemeDescription) -> String {
        pick(indonesian: description.indonesian, english: description.english)
    }
}
