import CNcursesw

/// Bracketed paste, on terminals whose terminfo entry describes it (the extended capabilities
/// `BE`/`BD` turn it on and off, `PS`/`PE` mark a paste's start and end: xterm, xterm-256color,
/// tmux-256color). The terminal then wraps pasted text in the marks; ncurses reports the start
/// mark as a key code of its own, so that `KeyDecoder` can take what follows as text.
struct BracketedPaste {
    /// How a paste is marked: the key code ncurses gives the start mark, and the end mark's bytes.
    struct Marks {
        let start: Int32
        let end: [UInt8]
    }

    let marks: Marks
    /// The sequence that turns bracketed paste off, for `close` and the crash guard.
    let off: [UInt8]

    /// Turns bracketed paste on (after `newterm`), or returns nil when the terminal does not
    /// describe all four capabilities or ncurses has no free key code for the start mark.
    static func enable() -> BracketedPaste? {
        guard let on = TerminfoString.bytes(of: "BE"), let off = TerminfoString.bytes(of: "BD"),
              let start = cn_tigetstr("PS"), let end = TerminfoString.bytes(of: "PE"), !end.isEmpty else { return nil }
        // A key code above KEY_MAX that no key of this terminal uses (its extended keys take some).
        guard let code = (KEY_MAX + 1...KEY_MAX + 512).first(where: { has_key($0) == 0 }),
              define_key(start, code) == OK else { return nil }
        TerminfoString.write(on)
        return BracketedPaste(marks: Marks(start: code, end: end), off: off)
    }
}
