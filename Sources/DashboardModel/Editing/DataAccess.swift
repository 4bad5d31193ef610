public import RolloutData
import Localization

/// Whether the dashboard may change its data: a snapshot file opened for editing, a file opened
/// with `--read-only`, or the built-in dataset, which is read-only (`mppdash init FILE` makes an
/// editable copy).
public enum DataAccess: Hashable, Sendable {
    case editable
    case readOnly
    case builtin

    /// The access a store has unless the app says otherwise: a file is editable, the built-in
    /// dataset is not.
    public init(origin: RolloutStore.Origin) {
        switch origin {
        case .builtin: self = .builtin
        case .file: self = .editable
        }
    }
}

/// What the dashboard keeps while its data can be edited: the undo/redo history of this run,
/// what the file held when it was loaded or last saved, and whether a save is under way.
public struct Editing: Sendable {
    public internal(set) var history = EditHistory()
    /// What the file holds as far as the dashboard knows (as loaded, last saved, or reloaded): the
    /// base of the unsaved changes, and of a three-way merge when another process saved since.
    public internal(set) var base: Snapshot
    /// True from a save effect until the app answers it (saved, failed, conflicts): edits wait.
    public internal(set) var isSaving = false
    /// Quit once the save under way succeeds (chosen when quitting with unsaved changes).
    var quitAfterSave = false
    /// `base` in canonical order, what the data is compared with.
    private var canonicalBase: Snapshot
    /// True when the data differs from `base` (whatever its revision).
    private(set) var differsFromBase = false

    init(base: Snapshot) {
        self.base = base
        canonicalBase = base.canonicalized()
    }

    /// How many changes are not saved: the undo or redo steps between the data and what was last
    /// saved, at least one when the data differs from the file, none when it does not.
    public var unsavedCount: Int { differsFromBase ? max(1, history.unsavedCount) : 0 }

    public var hasUnsavedChanges: Bool { differsFromBase }

    /// Takes `saved` as what the file now holds.
    mutating func setBase(_ saved: Snapshot) {
        base = saved
        canonicalBase = saved.canonicalized()
    }

    /// Compares the data shown with the base, after every change of either.
    mutating func compare(with data: Snapshot) {
        var data = data.canonicalized()
        data.revision = canonicalBase.revision
        differsFromBase = data != canonicalBase
    }
}

extension DashboardState {
    /// False in the kiosk and with `--read-only`, which write nothing at all: no export, no saving
    /// of the theme or the data. The command line and the footer leave such things out.
    public var offersWrites: Bool { kiosk == nil && access != .readOnly }

    /// Why an action that writes is refused, for the status bar; nil when it may run (a save
    /// with `--read-only` is refused by the editor, which says why).
    func writeRefusal(_ action: Action) -> StatusMessage? {
        guard !offersWrites else { return nil }
        let kiosk = kiosk != nil
        let key: TextKey?
        switch action {
        case .export: key = kiosk ? .kioskWritesNothing : .exportReadOnly
        case .saveTheme: key = kiosk ? .kioskWritesNothing : .themeNotSavedReadOnly
        case .save, .saveAndQuit: key = kiosk ? .kioskWritesNothing : nil
        default: key = nil
        }
        return key.map { StatusMessage(language.text($0), isError: true) }
    }
}
