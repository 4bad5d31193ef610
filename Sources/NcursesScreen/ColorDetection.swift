import TerminalCanvas

/// The colour depth of a session: terminfo's colour count, then `NO_COLOR`, then `--colors`.
enum ColorDetection {
    /// - Parameters:
    ///   - terminalColors: the colours terminfo offers (0 without `has_colors`).
    ///   - noColor: the `NO_COLOR` variable; any non-empty value means no colour.
    ///   - override: `--colors`; it beats `NO_COLOR` but cannot exceed the terminal.
    /// - Returns: the depth, and `.noColor` when `NO_COLOR` took colours away.
    static func depth(terminalColors: Int, noColor: String?, override: ColorOverride)
        -> (depth: ColorDepth, notice: TerminalNotice?) {
        let available = ColorDepth(colors: terminalColors)
        if let requested = override.depth { return (min(requested, available), nil) }
        if available != .mono, !(noColor ?? "").isEmpty { return (.mono, .noColor) }
        return (available, nil)
    }
}
