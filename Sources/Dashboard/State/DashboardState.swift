public import RolloutData
public import Localization
public import TerminalCanvas

/// Everything the dashboard shows, as one value: the data, the figures for the as-of day, where
/// the user is, and what the terminal can do. Screens are drawn from it and nothing else.
public struct DashboardState: Sendable {
    public var store: RolloutStore
    public var figures: RolloutFigures
    public var language: Language
    public var screen: Screen
    /// The selection and scroll of the Provinces table.
    public var provincesTable: TableState
    public var width: Int
    public var height: Int
    public var glyphs: GlyphSet
    public var notices: [TerminalNotice]
    /// False once the user asked to quit.
    public var isRunning = true

    /// The smallest window the screens are laid out for; below it a "window too small" screen.
    public static let minimumWidth = 40
    public static let minimumHeight = 12

    public init(store: RolloutStore, asOf: Day? = nil, language: Language = .default, screen: Screen = .overview,
                width: Int = 80, height: Int = 24, glyphs: GlyphSet = .unicode, notices: [TerminalNotice] = []) {
        self.store = store
        figures = RolloutFigures(index: store.index, asOf: asOf ?? store.snapshot.asOf)
        self.language = language
        self.screen = screen
        provincesTable = TableState(selectedRow: 0)
        self.width = width
        self.height = height
        self.glyphs = glyphs
        self.notices = notices
    }

    public var asOf: Day { figures.asOf }

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// The rows between the title bar and the status bar and key hints.
    public var bodyHeight: Int { max(0, height - 3) }
}
