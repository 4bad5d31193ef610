/// A record that this dashboard and another process changed differently before a save: what it
/// is (its subject, `mall:mpp-73.06`), its name for people, and both versions as lines of text.
/// The app makes these from its three-way merge; the conflict chooser shows them.
public struct SaveConflict: Hashable, Sendable {
    /// Whose version of the record to keep.
    public enum Side: String, CaseIterable, Hashable, Sendable {
        /// The version of this dashboard's unsaved edits.
        case mine
        /// The version the other process saved to the file.
        case theirs
    }

    public var subject: String
    /// The record's name for people ("MPP Kabupaten Gowa"); `DashboardState.subjectTitle` gives it.
    public var title: String
    /// This dashboard's version, a line each (empty when the record is gone in it).
    public var mine: [String]
    /// The file's version.
    public var theirs: [String]

    public init(subject: String, title: String, mine: [String], theirs: [String]) {
        self.subject = subject
        self.title = title
        self.mine = mine
        self.theirs = theirs
    }
}

/// The conflict chooser: the conflicts of a save, the one under the cursor shown in full, and
/// the side chosen for each so far.
public struct ConflictChooser: Hashable, Sendable {
    public var conflicts: [SaveConflict]
    /// By subject.
    public var choices: [String: SaveConflict.Side] = [:]
    public var cursor = 0
    /// How far the versions of the conflict under the cursor are scrolled, in lines.
    public var scroll = 0

    public init(conflicts: [SaveConflict]) {
        self.conflicts = conflicts
    }

    /// The conflicts no side was chosen for yet.
    public var unchosen: [Int] { conflicts.indices.filter { choices[conflicts[$0].subject] == nil } }
}

/// What the keys of the conflict chooser do.
public enum ConflictChooserCommand: Hashable, Sendable {
    /// Moves to another conflict (negative is up).
    case move(Int)
    /// Keeps this side's version of the conflict under the cursor, and moves to the next.
    case choose(SaveConflict.Side)
    /// Scrolls the versions by lines (negative is up).
    case scroll(Int)
    /// Saves with the choices made, once every conflict has one.
    case accept
    /// Closes the chooser: nothing is saved, the edits stay.
    case cancel
}

extension DashboardState {
    /// The name for people of a record, by its subject (`mall:mpp-73.06` → "MPP Kabupaten Gowa"),
    /// as the screens name it: the title of a `SaveConflict`. The subject itself when the data does
    /// not have the record.
    public func subjectTitle(_ subject: String) -> String {
        RecordNames.subject(subject, self)
    }
}
