public import TerminalCanvas

/// The `--colors` choice: `auto` detects the depth from terminfo and `NO_COLOR`; the others ask
/// for a depth. A depth beyond the terminal's terminfo entry (`256` with `TERM=xterm`) is
/// lowered to what the entry offers, because ncurses cannot send colours the entry lacks; the
/// user's remedy is a `TERM` that describes the terminal.
public enum ColorOverride: String, CaseIterable, Sendable {
    case auto
    case mono
    case ansi8 = "8"
    case ansi16 = "16"
    case ansi256 = "256"

    /// The depth asked for, or nil for `auto`.
    public var depth: ColorDepth? {
        switch self {
        case .auto: return nil
        case .mono: return .mono
        case .ansi8: return .ansi8
        case .ansi16: return .ansi16
        case .ansi256: return .ansi256
        }
    }
}

/// How the user wants the terminal opened.
public struct TerminalOptions: Sendable {
    public var colors: ColorOverride = .auto
    /// Draw with ASCII only (`--ascii`), for clients whose font or character set cannot show
    /// box-drawing characters even in a UTF-8 locale.
    public var forceASCII = false
    /// Whether Ctrl-C, Ctrl-\ and Ctrl-Z are the terminal's signals (SIGINT, SIGQUIT, SIGTSTP), as
    /// usual; when false they arrive as keys (the kiosk, where a passer-by must not end it).
    public var controlKeysAsSignals = true

    public init(colors: ColorOverride = .auto, forceASCII: Bool = false, controlKeysAsSignals: Bool = true) {
        self.colors = colors
        self.forceASCII = forceASCII
        self.controlKeysAsSignals = controlKeysAsSignals
    }
}
