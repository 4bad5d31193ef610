/// Which terminfo entries to try for the `TERM` the session brought along.
///
/// SSH forwards the client's `TERM`, and the server may not know it (`xterm-kitty`, `alacritty`,
/// `foot`). Nearly every terminal emulator understands xterm's sequences, so the fallbacks are
/// `xterm-256color` and then `xterm`. A terminal that is known but cannot address the cursor
/// (`dumb`) is refused instead of being replaced: the user really is on such a terminal.
enum TerminalType {
    static let fallbacks = ["xterm-256color", "xterm"]

    /// The entries to try, in order: the requested one, then the fallbacks. (An unset `TERM` is
    /// refused before: `TerminalError.termNotSet`.)
    static func candidates(for term: String) -> [String] {
        [term] + fallbacks.filter { $0 != term }
    }

    /// Terminal types refused by name, before terminfo is asked.
    static func isDumb(_ term: String) -> Bool {
        term == "dumb"
    }
}
