/// Something about the terminal the user should know, shown in the status bar: the dashboard
/// adapted to the terminal rather than failing.
public enum TerminalNotice: Hashable, Sendable {
    /// `TERM` had no terminfo entry; another terminal type is used instead.
    case termFallback(requested: String, used: String)
    /// The locale's character set is not UTF-8, so ASCII glyphs are used.
    case asciiGlyphs(codeset: String)
    /// `NO_COLOR` is set: attributes only.
    case noColor
}
