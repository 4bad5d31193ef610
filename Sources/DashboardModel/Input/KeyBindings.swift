public import Localization
public import TerminalCanvas

/// Where a key binding applies: the screens, or the menu, form or question open over them.
public enum KeyContext: Hashable, Sendable, CaseIterable {
    case browsing
    /// The map: its own keys first, then those of `browsing`.
    case map
    /// While the replay runs: its keys first, then those of the screen shown.
    case replay
    case filterMenu
    case linksMenu
    case editMenu
    /// An edit form (a typed character that no binding takes types into the field).
    case form
    /// Esc was pressed in a form with something typed: `y` drops it, any other key goes on.
    case formCancel
    case conflictChooser
    /// Quitting with unsaved changes.
    case unsavedQuit
}

/// One line of the key-binding table: the keys, how they are written for people, what they do,
/// their group in the help, and whether the footer shows them. This one table drives the input,
/// the footer hints, the help screen and docs/KEYBINDINGS.md.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    /// The keys as written for people ("↑/k"), with the glyphs of the terminal.
    public var label: @Sendable (GlyphSet) -> String
    public var description: TextKey
    public var action: Action
    public var group: TextKey
    /// The short word of the footer hint, for the bindings the footer shows.
    public var footer: TextKey?
    /// Where the keys do this: by default, the context of the help group (the filter menu's group
    /// is the filter menu's).
    public var context: KeyContext
    /// Where the footer shows the hint, which also orders it.
    public var footerScope: FooterScope
    /// The keys the footer hint shows, when not the label ("( )" for the two batch keys).
    public var footerKeys: (@Sendable (GlyphSet) -> String)?

    public init(_ keys: [Key], label: String, _ description: TextKey, _ action: Action, group: TextKey, context: KeyContext? = nil,
                footer: TextKey? = nil, scope: FooterScope = .general, footerKeys: String? = nil) {
        self.init(keys, label: { _ in label }, description, action, group: group, context: context, footer: footer, scope: scope,
                  footerKeys: footerKeys)
    }

    public init(_ keys: [Key], label: @escaping @Sendable (GlyphSet) -> String, _ description: TextKey, _ action: Action,
                group: TextKey, context: KeyContext? = nil, footer: TextKey? = nil, scope: FooterScope = .general,
                footerKeys: String? = nil) {
        self.init(keys, label: label, description, action, group: group, context: context, footer: footer, scope: scope,
                  footerKeys: footerKeys.map { keys -> @Sendable (GlyphSet) -> String in { _ in keys } })
    }

    public init(_ keys: [Key], label: @escaping @Sendable (GlyphSet) -> String, _ description: TextKey, _ action: Action,
                group: TextKey, context: KeyContext? = nil, footer: TextKey? = nil, scope: FooterScope = .general,
                footerKeys: (@Sendable (GlyphSet) -> String)?) {
        self.keys = keys
        self.label = label
        self.description = description
        self.action = action
        self.group = group
        self.context = context ?? KeyBinding.context(of: group)
        self.footer = footer
        footerScope = scope
        self.footerKeys = footerKeys
    }

    /// The context of the keys of a help group.
    private static func context(of group: TextKey) -> KeyContext {
        switch group {
        case .groupFilterMenu: return .filterMenu
        case .groupLinksMenu: return .linksMenu
        case .groupEditMenu: return .editMenu
        case .groupForm: return .form
        case .groupConflictChooser: return .conflictChooser
        case .groupUnsavedQuit: return .unsavedQuit
        case .groupMap: return .map
        case .groupReplay: return .replay
        default: return .browsing
        }
    }
}

/// Where a footer hint is shown, in the footer's order: saving while there are unsaved changes,
/// the replay's keys while it runs, the screen's own keys (the finder on every screen, the list keys on lists, the batch keys on
/// the Timeline), then help and the command line, editing where the data can be edited, quit,
/// the screens, and, as room allows, time travel, export and the looks.
public enum FooterScope: Int, Comparable, Sendable {
    case unsaved, replay, everywhere, lists, timeline, general, edit, quit, screens, time, export, looks

    public static func < (lhs: FooterScope, rhs: FooterScope) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The single key-binding table of the dashboard.
public enum KeyBindings {
    /// The groups of the help, in order.
    public static let groups: [TextKey] = [.groupNavigation, .groupMoving, .groupLists, .groupTime, .groupReplay, .groupFilterMenu,
                                           .groupMap, .groupLinksMenu, .groupEditing, .groupEditMenu, .groupForm, .groupConflictChooser,
                                           .groupUnsavedQuit]

    public static let all: [KeyBinding] = [
        KeyBinding([.character("q")], label: "q", .keyBackOrQuit, .backOrQuit, group: .groupNavigation, footer: .footerQuit, scope: .quit),
        KeyBinding([.character("Q"), .control("c")], label: "Q/^C", .keyQuitNow, .quit, group: .groupNavigation),
        KeyBinding([.escape, .backspace], label: "Esc/Bksp", .keyBack, .back, group: .groupNavigation),
        KeyBinding([.enter], label: "Enter", .keyOpen, .open, group: .groupNavigation, footer: .keyOpen, scope: .lists),
        KeyBinding([.character("/")], label: "/", .keyFind, .startSearch, group: .groupNavigation, footer: .footerFind, scope: .everywhere),
        KeyBinding([.tab], label: "Tab", .keyScreens, .nextScreen, group: .groupNavigation, footer: .keyScreens, scope: .screens),
        KeyBinding([.backTab], label: "S-Tab", .keyScreensBack, .previousScreen, group: .groupNavigation),
    ] + Screen.allCases.map { screen in
        KeyBinding([.character(Character(String(screen.number)))], label: String(screen.number), screen.title,
                   .showScreen(screen), group: .groupNavigation)
    } + [
        KeyBinding([.character("?"), .function(1)], label: "?", .screenHelp, .showHelp, group: .groupNavigation, footer: .screenHelp),
        KeyBinding([.character(":")], label: ":", .keyPalette, .startCommand, group: .groupNavigation, footer: .footerPalette),
        KeyBinding([.character("t")], label: "t", .keyTheme, .cycleTheme, group: .groupNavigation, footer: .footerTheme, scope: .looks),
        KeyBinding([.character("b")], label: "b", .keyBigFigures, .toggleBigFigures, group: .groupNavigation),
        KeyBinding([.character("L")], label: "L", .keyLanguage, .switchLanguage, group: .groupNavigation, footer: .footerLanguage,
                   scope: .looks),
        KeyBinding([.down, .character("j")], label: { "\($0.arrowDown)/j" }, .keyDown, .move(1), group: .groupMoving),
        KeyBinding([.up, .character("k")], label: { "\($0.arrowUp)/k" }, .keyUp, .move(-1), group: .groupMoving),
        KeyBinding([.right, .character("l")], label: { "\($0.arrowRight)/l" }, .keyColumnsRight, .scrollColumns(1), group: .groupMoving),
        KeyBinding([.left, .character("h")], label: { "\($0.arrowLeft)/h" }, .keyColumnsLeft, .scrollColumns(-1), group: .groupMoving),
        KeyBinding([.pageDown, .control("f")], label: "PgDn/^F", .keyPageDown, .page(1), group: .groupMoving),
        KeyBinding([.pageUp, .control("b")], label: "PgUp/^B", .keyPageUp, .page(-1), group: .groupMoving),
        KeyBinding([.control("d")], label: "^D", .keyHalfDown, .halfPage(1), group: .groupMoving),
        KeyBinding([.control("u")], label: "^U", .keyHalfUp, .halfPage(-1), group: .groupMoving),
        KeyBinding([.home, .character("g")], label: "Home/g", .keyTop, .top, group: .groupMoving),
        KeyBinding([.end, .character("G")], label: "End/G", .keyBottom, .bottom, group: .groupMoving),
        KeyBinding([.character("n")], label: "n", .keySearchNext, .searchNext, group: .groupLists),
        KeyBinding([.character("N")], label: "N", .keySearchPrevious, .searchPrevious, group: .groupLists),
        KeyBinding([.character("f"), .character("|")], label: "f/|", .keyFilter, .openFilterMenu, group: .groupLists, footer: .keyFilter,
                   scope: .lists, footerKeys: "f"),
        KeyBinding([.character("o")], label: "o", .keySortMenu, .openSortMenu, group: .groupLists, footer: .footerSort, scope: .lists),
        KeyBinding([.character("]"), .character(">")], label: "]/>", .keySortNext, .sortColumn(1), group: .groupLists),
        KeyBinding([.character("["), .character("<")], label: "[/<", .keySortPrevious, .sortColumn(-1), group: .groupLists),
        KeyBinding([.character("R")], label: "R", .keySortReverse, .reverseSort, group: .groupLists),
        KeyBinding([.character("e")], label: "e", .keyExport, .export(.csv, path: nil), group: .groupLists, footer: .footerExport,
                   scope: .export),
        KeyBinding([.character("s")], label: "s", .keyLinks, .showLinks, group: .groupLists),
        KeyBinding([.character("+"), .character("=")], label: "+", .keyMonthLater, .stepMonth(1), group: .groupTime, footer: .footerTime,
                   scope: .time, footerKeys: "+ -"),
        KeyBinding([.character("-")], label: "-", .keyMonthEarlier, .stepMonth(-1), group: .groupTime),
        KeyBinding([.character(")")], label: ")", .keyBatchLater, .stepBatch(1), group: .groupTime, footer: .footerBatches,
                   scope: .timeline, footerKeys: "( )"),
        KeyBinding([.character("(")], label: "(", .keyBatchEarlier, .stepBatch(-1), group: .groupTime),
        KeyBinding([.character("0")], label: "0", .keyToday, .returnToToday, group: .groupTime, footer: .footerToday, scope: .time),
        KeyBinding([.character("r")], label: "r", .keyReplay, .replay(.start), group: .groupTime, footer: .footerReplay, scope: .looks),
    ] + replayBindings + mapBindings + filterMenuBindings + linksMenuBindings + editingBindings + editMenuBindings + formBindings + conflictChooserBindings
        + unsavedQuitBindings

    /// The keys of the running replay, before the screens' own.
    private static let replayBindings: [KeyBinding] = [
        KeyBinding([.character(" ")], label: "Space", .keyReplayPause, .replay(.togglePause), group: .groupReplay,
                   footer: .footerReplayPause, scope: .replay),
        KeyBinding([.left], label: { $0.arrowLeft }, .keyReplayBack, .replay(.step(-1)), group: .groupReplay,
                   footer: .footerReplayStep, scope: .replay, footerKeys: { "\($0.arrowLeft) \($0.arrowRight)" }),
        KeyBinding([.right], label: { $0.arrowRight }, .keyReplayForward, .replay(.step(1)), group: .groupReplay),
        KeyBinding([.character("+"), .character("=")], label: "+", .keyReplayFaster, .replay(.speed(1)), group: .groupReplay,
                   footer: .footerReplaySpeed, scope: .replay, footerKeys: "+ -"),
        KeyBinding([.character("-")], label: "-", .keyReplaySlower, .replay(.speed(-1)), group: .groupReplay),
        KeyBinding([.escape, .character("r")], label: "Esc/r", .keyReplayStop, .replay(.stop), group: .groupReplay,
                   footer: .footerReplayStop, scope: .replay, footerKeys: "Esc"),
    ]

    /// The keys of the map, before the screens' own: the arrows move between provinces.
    private static let mapBindings: [KeyBinding] = [
        KeyBinding([.left, .character("h")], label: { "\($0.arrowLeft)/h" }, .keyMapWest, .moveOnMap(.west), group: .groupMap,
                   footer: .footerMapProvince, scope: .everywhere),
        KeyBinding([.right, .character("l")], label: { "\($0.arrowRight)/l" }, .keyMapEast, .moveOnMap(.east), group: .groupMap),
        KeyBinding([.up, .character("k")], label: { "\($0.arrowUp)/k" }, .keyMapNorth, .moveOnMap(.north), group: .groupMap),
        KeyBinding([.down, .character("j")], label: { "\($0.arrowDown)/j" }, .keyMapSouth, .moveOnMap(.south), group: .groupMap),
        KeyBinding([.enter], label: "Enter", .keyMapOpen, .open, group: .groupMap, footer: .keyOpen, scope: .everywhere),
    ]

    /// The keys of the open filter menu.
    private static let filterMenuBindings: [KeyBinding] = [
        KeyBinding([.down, .character("j")], label: { "\($0.arrowDown)/j" }, .keyDown, .filterMenu(.move(1)), group: .groupFilterMenu),
        KeyBinding([.up, .character("k")], label: { "\($0.arrowUp)/k" }, .keyUp, .filterMenu(.move(-1)), group: .groupFilterMenu),
        KeyBinding([.character(" ")], label: "Space", .keyFilterToggle, .filterMenu(.toggle), group: .groupFilterMenu),
        KeyBinding([.enter], label: "Enter", .keyFilterApply, .filterMenu(.apply), group: .groupFilterMenu),
        KeyBinding([.character("c")], label: "c", .keyFilterClear, .filterMenu(.clear), group: .groupFilterMenu),
        KeyBinding([.escape, .character("q"), .character("f"), .character("|")], label: "Esc/q/f/|", .keyFilterCancel,
                   .filterMenu(.cancel), group: .groupFilterMenu),
    ]

    /// The keys of the open links menu.
    private static let linksMenuBindings: [KeyBinding] = [
        KeyBinding([.down, .character("j")], label: { "\($0.arrowDown)/j" }, .keyDown, .linksMenu(.move(1)), group: .groupLinksMenu),
        KeyBinding([.up, .character("k")], label: { "\($0.arrowUp)/k" }, .keyUp, .linksMenu(.move(-1)), group: .groupLinksMenu),
        KeyBinding([.enter], label: "Enter", .keyLinksCopy, .linksMenu(.copy), group: .groupLinksMenu),
        KeyBinding([.escape, .character("q"), .character("s")], label: "Esc/q/s", .keyLinksClose, .linksMenu(.close),
                   group: .groupLinksMenu),
    ]

    /// The keys that change the data, on the screens.
    private static let editingBindings: [KeyBinding] = [
        KeyBinding([.character("a")], label: "a", .keyEditMenu, .openEditMenu, group: .groupEditing, footer: .footerEdit, scope: .edit),
        KeyBinding([.character("u")], label: "u", .keyUndo, .undo, group: .groupEditing, footer: .footerUndo, scope: .edit),
        KeyBinding([.control("r")], label: "^R", .keyRedo, .redo, group: .groupEditing),
        KeyBinding([.control("s")], label: "^S", .keySave, .save, group: .groupEditing, footer: .footerSave, scope: .unsaved),
    ]

    /// The keys of the open edit menu.
    private static let editMenuBindings: [KeyBinding] = [
        KeyBinding([.down, .character("j")], label: { "\($0.arrowDown)/j" }, .keyDown, .editMenu(.move(1)), group: .groupEditMenu),
        KeyBinding([.up, .character("k")], label: { "\($0.arrowUp)/k" }, .keyUp, .editMenu(.move(-1)), group: .groupEditMenu),
        KeyBinding([.enter], label: "Enter", .keyEditMenuOpen, .editMenu(.open), group: .groupEditMenu, footer: .keyEditMenuOpen),
        KeyBinding([.escape, .character("q"), .character("a")], label: "Esc/q/a", .keyLinksClose, .editMenu(.close),
                   group: .groupEditMenu, footer: .footerClose, footerKeys: "Esc"),
    ]

    /// The keys of an open form; other characters type into the field.
    private static let formBindings: [KeyBinding] = [
        KeyBinding([.tab], label: "Tab", .keyFormNext, .form(.nextField), group: .groupForm, footer: .footerFormNext),
        KeyBinding([.backTab], label: "S-Tab", .keyFormPrevious, .form(.previousField), group: .groupForm, footer: .footerFormPrevious),
        KeyBinding([.down], label: { $0.arrowDown }, .keyFormDown, .form(.down), group: .groupForm),
        KeyBinding([.up], label: { $0.arrowUp }, .keyFormUp, .form(.up), group: .groupForm),
        KeyBinding([.enter], label: "Enter", .keyFormSubmit, .form(.submit), group: .groupForm, footer: .footerFormSubmit),
        KeyBinding([.escape], label: "Esc", .keyFormCancel, .form(.cancel), group: .groupForm, footer: .footerCancel),
        KeyBinding([.character(" ")], label: "Space", .keyFormToggle, .form(.toggle), group: .groupForm, footer: .footerFormToggle),
        KeyBinding([.right], label: { $0.arrowRight }, .keyFormNextChoice, .form(.nextChoice), group: .groupForm),
        KeyBinding([.left], label: { $0.arrowLeft }, .keyFormPreviousChoice, .form(.previousChoice), group: .groupForm),
        KeyBinding([.backspace, .control("h")], label: "Bksp", .keyFormDelete, .form(.deleteBackward), group: .groupForm),
        KeyBinding([.control("u")], label: "^U", .keyFormClear, .form(.clearField), group: .groupForm),
        KeyBinding([.character("y")], label: "y", .keyFormDiscard, .form(.discard), group: .groupForm, context: .formCancel),
    ]

    /// The keys of the conflict chooser.
    private static let conflictChooserBindings: [KeyBinding] = [
        KeyBinding([.down, .character("j")], label: { "\($0.arrowDown)/j" }, .keyConflictNext, .conflictChooser(.move(1)),
                   group: .groupConflictChooser),
        KeyBinding([.up, .character("k")], label: { "\($0.arrowUp)/k" }, .keyConflictPrevious, .conflictChooser(.move(-1)),
                   group: .groupConflictChooser),
        KeyBinding([.character("m"), .left], label: { "m/\($0.arrowLeft)" }, .keyConflictMine, .conflictChooser(.choose(.mine)),
                   group: .groupConflictChooser, footer: .footerMine, footerKeys: "m"),
        KeyBinding([.character("t"), .right], label: { "t/\($0.arrowRight)" }, .keyConflictTheirs, .conflictChooser(.choose(.theirs)),
                   group: .groupConflictChooser, footer: .footerTheirs, footerKeys: "t"),
        KeyBinding([.pageDown, .character(" ")], label: "PgDn/Space", .keyConflictScrollDown, .conflictChooser(.scroll(5)),
                   group: .groupConflictChooser),
        KeyBinding([.pageUp], label: "PgUp", .keyConflictScrollUp, .conflictChooser(.scroll(-5)), group: .groupConflictChooser),
        KeyBinding([.enter], label: "Enter", .keyConflictAccept, .conflictChooser(.accept), group: .groupConflictChooser,
                   footer: .footerSave),
        KeyBinding([.escape], label: "Esc", .keyConflictCancel, .conflictChooser(.cancel), group: .groupConflictChooser,
                   footer: .footerCancel),
    ]

    /// The keys of the question asked when quitting with unsaved changes.
    private static let unsavedQuitBindings: [KeyBinding] = [
        KeyBinding([.character("s")], label: "s", .keyUnsavedSave, .saveAndQuit, group: .groupUnsavedQuit, footer: .footerSaveQuit),
        KeyBinding([.character("k")], label: "k", .keyUnsavedQuit, .quitWithoutSaving, group: .groupUnsavedQuit, footer: .footerQuitUnsaved),
        KeyBinding([.escape], label: "Esc", .keyUnsavedStay, .cancelQuit, group: .groupUnsavedQuit, footer: .footerCancel),
    ]

    private static let byKey: [KeyContext: [Key: Action]] = {
        var table: [KeyContext: [Key: Action]] = [:]
        for binding in all {
            for key in binding.keys where table[binding.context]?[key] == nil { table[binding.context, default: [:]][key] = binding.action }
        }
        return table
    }()

    /// The action bound to a key where it is pressed, if any.
    public static func action(for key: Key, in context: KeyContext = .browsing) -> Action? {
        byKey[context]?[key] ?? (context == .map || context == .replay ? byKey[.browsing]?[key] : nil)
    }

    /// The action bound to a key in the state's mode: while the replay runs, its keys, then the
    /// shown screen's.
    public static func action(for key: Key, _ state: DashboardState) -> Action? {
        let context = self.context(state)
        guard context == .replay else { return action(for: key, in: context) }
        return byKey[.replay]?[key] ?? action(for: key, in: screenContext(state))
    }

    /// The context the keys go to in the state's mode.
    public static func context(_ state: DashboardState) -> KeyContext {
        switch state.mode {
        case .browsing where state.replay != nil: return .replay
        case .browsing: return screenContext(state)
        case .prompt, .sortMenu, .confirmQuit: return .browsing
        case .filterMenu: return .filterMenu
        case .links: return .linksMenu
        case .editMenu: return .editMenu
        case .form(let form): return form.confirmingCancel ? .formCancel : .form
        case .saveConflicts: return .conflictChooser
        case .confirmUnsavedQuit: return .unsavedQuit
        }
    }

    /// The context of the screen shown: the map's own, or that of every screen.
    private static func screenContext(_ state: DashboardState) -> KeyContext {
        state.route == .screen(.map) ? .map : .browsing
    }

    /// The footer hints of the state's screen, in its language and glyphs, in order: the screen's
    /// own keys, then every screen's, then the others; the footer shows as many as fit. A form,
    /// the edit menu, the conflict chooser and the unsaved-changes question show their own keys;
    /// the editing keys show only where the data can be edited, saving only when there is
    /// something to save.
    public static func footerHints(_ state: DashboardState) -> [KeyHints.Hint] {
        let context: KeyContext
        switch self.context(state) {
        case .browsing, .map, .replay, .filterMenu, .linksMenu: context = .browsing
        case .form, .formCancel: context = .form
        case let other: context = other
        }
        let isList = state.currentList != nil
        func rank(_ scope: FooterScope) -> FooterScope? {
            switch scope {
            case .lists: return isList ? .everywhere : nil
            case .timeline: return state.route == .screen(.timeline) ? .everywhere : nil
            case .edit: return state.editing == nil ? nil : scope
            case .unsaved: return state.editing?.hasUnsavedChanges == true ? scope : nil
            case .export: return state.offersWrites ? scope : nil
            case .quit: return state.kiosk?.quitKey ?? true ? scope : nil
            default: return scope
            }
        }
        // While the replay runs its keys come first, and the screen's keys it takes are not shown.
        let replaying = self.context(state) == .replay
        let replayKeys = Set(replaying ? replayBindings.flatMap(\.keys) : [])
        let shown = all.enumerated().compactMap { offset, binding -> (FooterScope, Int, KeyHints.Hint)? in
            let applies = (binding.context == context || (binding.context == .map && state.route == .screen(.map))
                           || (binding.context == .replay && replaying)) && (binding.context == .replay || replayKeys.isDisjoint(with: binding.keys))
            guard applies, let footer = binding.footer, let scope = rank(binding.footerScope) else { return nil }
            let keys = binding.footerKeys?(state.glyphs) ?? binding.label(state.glyphs)
            return (scope, offset, KeyHints.Hint(key: keys, label: state.language.text(footer)))
        }
        return shown.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }
}
