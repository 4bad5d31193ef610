public import Localization
public import TerminalCanvas

/// One line of the key-binding table: the keys, how they are written in hints and help, what
/// they do, and whether the footer shows them. The table drives input, the footer and the help.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    /// The keys as written for people ("↑/k"), with the glyphs of the terminal.
    public var label: @Sendable (GlyphSet) -> String
    public var description: TextKey
    public var action: Action
    public var inFooter: Bool

    public init(_ keys: [Key], label: String, _ description: TextKey, _ action: Action, inFooter: Bool = false) {
        self.init(keys, label: { _ in label }, description, action, inFooter: inFooter)
    }

    public init(_ keys: [Key], label: @escaping @Sendable (GlyphSet) -> String, _ description: TextKey, _ action: Action,
                inFooter: Bool = false) {
        self.keys = keys
        self.label = label
        self.description = description
        self.action = action
        self.inFooter = inFooter
    }
}

/// The single key-binding table of the dashboard.
public enum KeyBindings {
    public static let all: [KeyBinding] = [
        KeyBinding([.character("q")], label: "q", .keyQuit, .quit, inFooter: true),
        KeyBinding([.tab], label: "Tab", .keyScreens, .nextScreen, inFooter: true),
        KeyBinding([.backTab], label: "S-Tab", .keyScreens, .previousScreen),
    ] + Screen.allCases.map { screen in
        KeyBinding([.character(Character(String(screen.number)))], label: String(screen.number), screen.title, .showScreen(screen))
    } + [
        KeyBinding([.down, .character("j")], label: { "\($0.arrowDown)/j" }, .keyMove, .move(1), inFooter: true),
        KeyBinding([.up, .character("k")], label: { "\($0.arrowUp)/k" }, .keyMove, .move(-1)),
        KeyBinding([.pageDown, .control("f")], label: "PgDn", .keyPage, .page(1), inFooter: true),
        KeyBinding([.pageUp, .control("b")], label: "PgUp", .keyPage, .page(-1)),
        KeyBinding([.control("d")], label: "^D", .keyPage, .halfPage(1)),
        KeyBinding([.control("u")], label: "^U", .keyPage, .halfPage(-1)),
        KeyBinding([.home, .character("g")], label: "Home/g", .keyTopBottom, .top, inFooter: true),
        KeyBinding([.end, .character("G")], label: "End/G", .keyTopBottom, .bottom),
    ]

    private static let byKey: [Key: Action] = {
        var table: [Key: Action] = [:]
        for binding in all {
            for key in binding.keys where table[key] == nil { table[key] = binding.action }
        }
        return table
    }()

    /// The action bound to a key, if any.
    public static func action(for key: Key) -> Action? { byKey[key] }

    /// The footer hints in a language, written with the terminal's glyphs.
    public static func footerHints(_ language: Language, glyphs: GlyphSet) -> [KeyHints.Hint] {
        all.filter(\.inFooter).map { KeyHints.Hint(key: $0.label(glyphs), label: language.text($0.description)) }
    }
}
