import TerminalCanvas

/// What of a style shows on a blank cell: its background, and reverse (which shows the
/// foreground as the background) and underline. Bold, dim and a foreground colour leave a
/// blank as it is, so a blank is drawn without them and looks the same.
enum BlankStyle {
    static func visible(_ style: TerminalStyle) -> TerminalStyle {
        if style.attributes.contains(.reverse) { return style }
        return TerminalStyle(foreground: style.attributes.contains(.underline) ? style.foreground : nil,
                             background: style.background, attributes: style.attributes.intersection(.underline))
    }
}

extension Cell {
    /// A space one column wide: only its style's `BlankStyle.visible` part shows.
    var isBlank: Bool { width == 1 && character == " " }
}
