public import RolloutData
public import Localization
public import TerminalCanvas

/// Everything the dashboard shows, as one value: the data, the figures for the as-of day, where
/// the user is (a stack of routes), the state of each list (with its own filter), any open prompt or menu,
/// and what the terminal can do. Screens are drawn from it and nothing else.
public struct DashboardState: Sendable {
    public var store: RolloutStore {
        didSet { dataGeneration &+= 1 }
    }
    /// Raised each time the store is replaced: what derived data (`listCache`, `finderIndex`) is
    /// keyed by, so that it is built again for new data.
    private(set) var dataGeneration = 0
    /// The real date, from the clock the program was started with: the default as-of day and
    /// the latest one the dashboard accepts (nothing is known of the future).
    public var today: Day
    public var figures: RolloutFigures
    public var language: Language
    /// The way back: the first route is a top-level screen, the last is the one shown.
    public var stack: [Route]
    public var lists: [Route: ListState] = [:]
    /// The scroll of the text screens (MPP detail, help).
    public var textScroll: [Route: Int] = [:]
    /// The province selected on the map; nil for the westernmost (see `MapPage`).
    public var mapProvince: String?
    /// Whether the Overview shows its headline figures in big digits, for a projector (`b`,
    /// `--big-figures`; see `BigFiguresPage`).
    public var bigFigures = false
    /// What the keys go to: the screen, a line being typed, or the filter menu.
    public var mode: Mode = .browsing
    /// The last thing the dashboard has to say (an export written, an unknown command).
    public var message: StatusMessage?
    public var width: Int
    public var height: Int
    /// The glyphs the screens draw with: the terminal's, with the theme's overrides.
    public var glyphs: GlyphSet
    /// The glyphs the terminal can show, before the theme's overrides.
    public var terminalGlyphs: GlyphSet
    public var notices: [TerminalNotice]
    /// The themes to choose from (built-in and the user's), and the one in use.
    public var themes: [Theme]
    public var theme: Theme
    /// Why the chosen theme could not be used, shown until another theme is chosen.
    public var themeProblem: String?
    /// The app loop's clock when the event being reduced arrived: the time since the session
    /// started. Timed features (the replay, the kiosk) keep their deadlines on it, so tests move
    /// time by setting it, without waiting.
    public var now: Duration = .zero
    /// The kiosk (`mppdash --kiosk`) when it runs; see `startKiosk`.
    public internal(set) var kiosk: Kiosk?
    /// The replay, while it runs (`r`): its keys come before the screen's.
    public internal(set) var replay: Replay?
    /// False once the user asked to quit.
    public var isRunning = true
    /// The lists of the routes on the stack, built once per change of what they show.
    package var listCache = ListCache()
    /// What the finder searches, built once per data and language.
    package var finderIndex: FinderIndex?
    /// The values of the pick list a form's field is typed in, built once per data and language.
    package var pickIndex: PickIndex?
    /// The saved changes of the snapshot file, oldest first (its audit log, `NAME.history.jsonl`),
    /// as the app last read it: the MPP page shows those of its MPP.
    public var auditTrail: [AuditEntry] = []
    /// Whether the data can be edited; the app sets it (`--read-only`).
    public var access: DataAccess {
        didSet { editing = access == .editable ? editing ?? Editing(base: store.snapshot) : nil }
    }
    /// The edits of this run and what they rest on; present only when the data can be edited.
    public internal(set) var editing: Editing?

    /// The smallest window the screens are laid out for; below it a "window too small" screen.
    public static let minimumWidth = 40
    public static let minimumHeight = 12

    /// `today` defaults to the snapshot's own date, for callers without a clock; the program
    /// passes the real date. `asOf` defaults to `today`; `access` to what the store's origin
    /// allows (a file is editable, the built-in dataset is not).
    public init(store: RolloutStore, today: Day? = nil, asOf: Day? = nil, language: Language = .default,
                route: Route = .screen(.overview), width: Int = 80, height: Int = 24, glyphs: GlyphSet = .unicode,
                notices: [TerminalNotice] = [], theme: Theme = .standard, themes: [Theme] = [.standard], access: DataAccess? = nil) {
        self.store = store
        self.access = access ?? DataAccess(origin: store.origin)
        editing = self.access == .editable ? Editing(base: store.snapshot) : nil
        let today = today ?? store.snapshot.asOf
        self.today = today
        figures = RolloutFigures(index: store.index, asOf: asOf ?? today)
        self.language = language
        stack = DashboardState.stack(leadingTo: route, in: store.index)
        self.width = width
        self.height = height
        terminalGlyphs = glyphs
        self.glyphs = glyphs.applying(theme.glyphs)
        self.notices = notices
        self.theme = theme
        self.themes = themes.contains { $0.name == theme.name } ? themes : themes + [theme]
        refreshListCache()
    }

    /// Uses a theme: its colours and its glyphs.
    public mutating func use(_ theme: Theme) {
        self.theme = theme
        glyphs = terminalGlyphs.applying(theme.glyphs)
        themeProblem = nil
    }

    /// The terminal's glyphs, with the theme's overrides applied again.
    public mutating func setTerminalGlyphs(_ glyphs: GlyphSet) {
        terminalGlyphs = glyphs
        self.glyphs = glyphs.applying(theme.glyphs)
    }

    public init(store: RolloutStore, today: Day? = nil, asOf: Day? = nil, language: Language = .default, screen: Screen,
                width: Int = 80, height: Int = 24, glyphs: GlyphSet = .unicode, notices: [TerminalNotice] = []) {
        self.init(store: store, today: today, asOf: asOf, language: language, route: .screen(screen), width: width,
                  height: height, glyphs: glyphs, notices: notices)
    }

    public var asOf: Day { figures.asOf }

    /// The date of the data's newest fact.
    public var dataAsOf: Day { store.snapshot.asOf }

    /// How many days older than today the snapshot's newest fact may be before the title bar
    /// marks the data as stale.
    public static let staleAfterDays = 90

    /// True when the snapshot's newest fact is more than `staleAfterDays` older than today.
    public var isDataStale: Bool { today.days(since: dataAsOf) > Self.staleAfterDays }
    public var route: Route { stack[stack.count - 1] }
    /// The top-level screen the user is under.
    public var screen: Screen { stack[0].screen ?? .overview }

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// The rows between the title bar and the status bar and key hints (and the replay's banner,
    /// while it runs).
    public var bodyHeight: Int { max(0, height - 3 - (replay == nil ? 0 : 1)) }

    /// The body: everything between the title bar and the status bar.
    public var body: Rect { Rect(x: 0, y: 1, width: width, height: bodyHeight) }

    /// The state of the list shown by a route.
    public func list(_ route: Route) -> ListState { lists[route] ?? ListState() }

    /// True when a route names a province, kabupaten/kota, MPP, batch or conflict that the data has.
    public static func exists(_ route: Route, in index: RolloutIndex) -> Bool {
        switch route {
        case .screen, .help: return true
        case .province(let code): return index.provinceByCode[code] != nil
        case .region(let code): return index.regionByCode[code] != nil
        case .mall(let id): return index.mallByID[id] != nil
        case .batch(let id): return index.batch(id) != nil
        case .conflict(let id): return index.conflict(id) != nil
        }
    }

    /// The way from a top-level screen down to `route`: a province's list opens from Provinces,
    /// an MPP from its province (and its kabupaten/kota when it has several MPPs), a batch from the
    /// Timeline, a conflict from the Conflicts screen.
    package static func stack(leadingTo route: Route, in index: RolloutIndex) -> [Route] {
        switch route {
        case .screen: return [route]
        case .help: return [.screen(.overview), .help]
        case .batch: return [.screen(.timeline), route]
        case .conflict: return [.screen(.conflicts), route]
        case .province: return [.screen(.provinces), route]
        case .region(let code):
            return [.screen(.provinces), .province(Place.region(code).provinceCode), route]
        case .mall(let id):
            guard let mall = index.mallByID[id] else { return [.screen(.provinces), route] }
            var stack: [Route] = [.screen(.provinces), .province(mall.place.provinceCode)]
            if case .region(let code) = mall.place, (index.mallsByPlace[mall.place]?.count ?? 0) > 1 {
                stack.append(.region(code))
            }
            return stack + [route]
        }
    }
}

/// What the keys go to: one value, so that a prompt and the filter menu can never be open at once.
public enum Mode: Hashable, Sendable {
    /// The screen itself, through the key-binding table.
    case browsing
    /// A search or command line being typed.
    case prompt(Prompt)
    /// The filter menu.
    case filterMenu(FilterMenu)
    /// The page's source links, one to copy.
    case links(LinksMenu)
    /// The menu of the list's columns to sort by.
    case sortMenu(SortMenu)
    /// `q` was pressed at a top-level screen: `q` again or `y` quits, any other key stays.
    case confirmQuit
    /// The menu of the edits that fit where the user is.
    case editMenu(EditMenu)
    /// An edit form.
    case form(Form)
    /// A save met another process's changes: mine or theirs, record by record.
    case saveConflicts(ConflictChooser)
    /// Quitting with unsaved changes: save first, quit without saving, or stay.
    case confirmUnsavedQuit
}

/// The links menu (`s`): the URLs of the current page, whole, and the one under the cursor.
public struct LinksMenu: Hashable, Sendable {
    public var cursor = 0

    public init() {}
}

extension DashboardState {
    /// The line being typed, when the mode is a prompt: a view of `mode`, for reading.
    public var prompt: Prompt? {
        if case .prompt(let prompt) = mode { return prompt }
        return nil
    }

    /// The sort menu, when the mode is the sort menu: a view of `mode`, for reading.
    public var sortMenu: SortMenu? {
        if case .sortMenu(let menu) = mode { return menu }
        return nil
    }

    /// The open form, when the mode is a form: a view of `mode`, for reading.
    public var form: Form? {
        if case .form(let form) = mode { return form }
        return nil
    }

    /// The filter menu, when the mode is the filter menu: a view of `mode`, for reading.
    public var filterMenu: FilterMenu? {
        if case .filterMenu(let menu) = mode { return menu }
        return nil
    }
}

/// A line of text being typed at the bottom of the screen.
public struct Prompt: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// `/`: the finder; on a list it also narrows the rows as you type.
        case search
        /// `:`: the command palette.
        case command
    }

    public var kind: Kind
    public var text = ""
    /// The highlighted palette or finder entry.
    public var selection = 0
    /// The search before this prompt, restored by Esc.
    public var previousQuery = ""

    public init(kind: Kind, previousQuery: String = "") {
        self.kind = kind
        self.previousQuery = previousQuery
    }
}

/// The filter menu: every value of the list's facets as a line that Space toggles in a draft;
/// Enter applies the draft to the list, Esc leaves the list's filter as it was.
public struct FilterMenu: Hashable, Sendable {
    public var cursor = 0
    public var draft: RowFilter

    public init(draft: RowFilter) {
        self.draft = draft
    }
}

/// The sort menu: the current list's columns, the cursor on one.
public struct SortMenu: Hashable, Sendable {
    /// The column under the cursor, an index into the list's columns.
    public var cursor: Int

    public init(cursor: Int) {
        self.cursor = cursor
    }
}

/// A short message for the status bar.
public struct StatusMessage: Hashable, Sendable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}
