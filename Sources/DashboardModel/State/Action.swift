public import RolloutData
public import Localization

/// Every user intent and every outside event the dashboard reacts to.
public enum Action: Hashable, Sendable {
    /// Asks before quitting at a top-level screen; goes back one level anywhere else (`q`).
    case backOrQuit
    /// Quits at once (`Q`, Ctrl-C, or `q`/`y` when asked).
    case quit
    /// Clears the search, then the filter, then goes back one level (Esc).
    case back
    /// Drills into the selected row (Enter).
    case open
    case showScreen(Screen)
    case nextScreen
    case previousScreen
    case showHelp
    /// Selects the next province on the map in a direction.
    case moveOnMap(MapDirection)
    /// Moves the selection by rows (negative is up).
    case move(Int)
    /// Moves the selection by pages of the visible rows (negative is up).
    case page(Int)
    /// Moves the selection by half a page (negative is up).
    case halfPage(Int)
    case top
    case bottom
    /// Scrolls a wide list by whole columns, the first ones staying (negative is left).
    case scrollColumns(Int)
    /// Opens the finder (`/`), on every screen; on a list it narrows the rows as the user types.
    case startSearch
    case searchNext
    case searchPrevious
    case startCommand
    /// Sorts by the next (1) or previous (-1) column.
    case sortColumn(Int)
    case reverseSort
    /// Opens the menu of the list's columns to sort by (`o`).
    case openSortMenu
    case openFilterMenu
    /// A key of the open filter menu.
    case filterMenu(FilterMenuCommand)
    /// Opens the links menu of a text page (`s`).
    case showLinks
    /// A key of the open links menu.
    case linksMenu(LinksCommand)
    /// Steps the as-of day by months (negative is back), within the data's range.
    case stepMonth(Int)
    /// Steps the as-of day to the next (1) or previous (-1) batch date.
    case stepBatch(Int)
    case setAsOf(Day)
    /// A key of the replay, or its start (`r`, `--replay`).
    case replay(ReplayCommand)
    case setLanguage(Language)
    /// Switches to the other language (`L`).
    case switchLanguage
    /// Sets the as-of day back to today (`0`).
    case returnToToday
    /// The Overview in big figures or back (`b`; see `BigFiguresPage.toggle`).
    case toggleBigFigures
    /// The next theme in the list (`t`).
    case cycleTheme
    case setTheme(String)
    /// Remembers the theme in use in the config file.
    case saveTheme
    /// Exports the current view; `path` is a file or folder, nil for the current folder.
    case export(ExportFormat, path: String?)
    case resize(width: Int, height: Int)
    /// A time the state asked for (`DashboardState.nextTick`) has come; `DashboardState.now` says
    /// what time it is. Sent by the app loop, and by tests that drive the clock themselves.
    case tick
    /// What an effect reported back.
    case notify(StatusMessage)

    // Editing (issue 11)

    /// Opens the menu of the edits that fit where the user is (`a`).
    case openEditMenu
    /// A key of the open edit menu.
    case editMenu(EditMenuCommand)
    /// Opens an edit form (from the menu or the command line).
    case openForm(FormKind)
    /// A key of the open form.
    case form(FormCommand)
    /// Takes back the last edit of the run (`u`).
    case undo
    /// Makes the last undone edit again (Ctrl-R).
    case redo
    /// Saves the edits to the file (Ctrl-S, `:simpan`): the app runs `Effect.save`.
    case save
    /// Asked when quitting with unsaved changes: save, then quit once saved (`s`).
    case saveAndQuit
    /// Asked when quitting with unsaved changes: quit, dropping them (`k`).
    case quitWithoutSaving
    /// Asked when quitting with unsaved changes: stay (Esc).
    case cancelQuit
    /// A key of the conflict chooser.
    case conflictChooser(ConflictChooserCommand)
    /// The app's answer to a save: the file holds this store now (see `SaveFlow.saved`), with the
    /// undo history rebased when the save merged another process's changes.
    case saved(LoadedStore, history: EditHistory? = nil)
    /// The app's answer to a save that failed: why; the file is as it was, the edits stay.
    case saveFailed(String)
    /// The app's answer to a save that met another process's changes to the same records.
    case saveConflicts([SaveConflict])
    /// The file changed on disk and the app read it again (see `SaveFlow.reloaded`).
    case reloaded(LoadedStore, onDisk: Snapshot? = nil, history: EditHistory? = nil)
}

/// What the keys of the filter menu do.
public enum FilterMenuCommand: Hashable, Sendable {
    /// Moves the cursor by lines (negative is up).
    case move(Int)
    /// Turns the value under the cursor on or off in the draft.
    case toggle
    /// Sets the draft as the list's filter and closes the menu.
    case apply
    /// Empties the draft.
    case clear
    /// Closes the menu, the list's filter unchanged.
    case cancel
}

/// What the keys of the links menu do.
public enum LinksCommand: Hashable, Sendable {
    /// Moves the cursor by lines (negative is up).
    case move(Int)
    /// Copies the URL under the cursor to the clipboard and closes the menu.
    case copy
    case close
}

/// The file formats of an export of the current view.
public enum ExportFormat: String, CaseIterable, Hashable, Sendable {
    case csv, json
}

/// The current view as a table, to be written by the app loop.
public struct ExportRequest: Hashable, Sendable {
    public var format: ExportFormat
    /// A file or folder the user named; nil for the current folder.
    public var path: String?
    /// A short name of the view for the file name: `provinces`, `province-73`, …
    public var viewName: String
    public var header: [String]
    /// Never empty: a view with nothing to export gives no request.
    public var rows: [[ExportValue]]

    public init(format: ExportFormat, path: String?, viewName: String, header: [String], rows: [[ExportValue]]) {
        self.format = format
        self.path = path
        self.viewName = viewName
        self.header = header
        self.rows = rows
    }
}

/// What the app loop must do after a state change; the reducer itself does no I/O.
public enum Effect: Hashable, Sendable {
    case quit
    case export(ExportRequest)
    /// Save this theme name as the user's choice.
    case saveTheme(String)
    /// Put this text on the terminal's clipboard (OSC 52), where the terminal allows it.
    case copyToClipboard(String)
    /// Save this snapshot to the store's file (it keeps the revision it was loaded with, so the
    /// store can tell whether the file changed since; the base of a merge is `Editing.base`), and
    /// answer with `.saved`, `.saveFailed` or `.saveConflicts`.
    case save(Snapshot)
    /// Save this snapshot again after `.saveConflicts`, keeping for each conflicting record (by
    /// subject) the side chosen; answer as for `.save`.
    case saveResolved(Snapshot, choices: [String: SaveConflict.Side])
}
