public import RolloutData

/// The edits of the current run, for undo (`u`) and redo (Ctrl-R): one step per edit (a group,
/// such as a fact with its new source, is one step). Each step keeps the snapshot on its other
/// side, so that undoing and redoing never apply anything that could fail.
///
/// When the data under the history changes (another process saved the same file), `rebase`
/// carries every step's snapshot over, as the app's three-way merge does for the data itself.
public struct EditHistory: Hashable, Sendable {
    /// One edit and the snapshot on its other side: before the edit on the undo stack, after it on
    /// the redo stack.
    public struct Step: Hashable, Sendable {
        /// Tells the steps apart, to count the changes since the last save.
        public let number: Int
        public let edit: SnapshotEdit
        public var snapshot: Snapshot
    }

    /// Oldest first: the last one is undone first.
    public private(set) var undoSteps: [Step] = []
    /// The last one is redone first.
    public private(set) var redoSteps: [Step] = []
    private var nextNumber = 1
    /// The undo steps, by number, when the data was last saved (none: as loaded).
    private var savedSteps: [Int] = []

    public init() {}

    /// Records an edit made to `before`; what could be redone is forgotten.
    mutating func record(_ edit: SnapshotEdit, before: Snapshot) {
        undoSteps.append(Step(number: nextNumber, edit: edit, snapshot: before))
        nextNumber += 1
        redoSteps.removeAll()
    }

    /// Takes back the last edit: its step, with the snapshot to go back to; `current` is kept for
    /// redo. Nil when there is nothing to undo.
    mutating func undo(from current: Snapshot) -> Step? {
        Self.move(from: &undoSteps, to: &redoSteps, leaving: current)
    }

    /// Makes the last undone edit again: its step, with the snapshot to go forward to.
    mutating func redo(from current: Snapshot) -> Step? {
        Self.move(from: &redoSteps, to: &undoSteps, leaving: current)
    }

    private static func move(from source: inout [Step], to target: inout [Step], leaving current: Snapshot) -> Step? {
        guard var step = source.popLast() else { return nil }
        let destination = step.snapshot
        step.snapshot = current
        target.append(step)
        return Step(number: step.number, edit: step.edit, snapshot: destination)
    }

    /// Takes the data as it is now as saved.
    mutating func markSaved() {
        savedSteps = undoSteps.map(\.number)
    }

    /// The steps between the data and what was last saved: those undone since, and those made.
    public var unsavedCount: Int {
        let current = undoSteps.map(\.number)
        let common = zip(current, savedSteps).prefix { $0 == $1 }.count
        return current.count - common + savedSteps.count - common
    }

    /// Carries every step's snapshot through `transform` (the app merges each onto what the file
    /// now holds). A step the transform cannot carry (nil) is dropped with the steps beyond it,
    /// which could only be reached through it: older undo steps, later redo steps.
    public mutating func rebase(_ transform: (Snapshot) throws -> Snapshot?) rethrows {
        undoSteps = try Self.rebased(undoSteps, transform)
        redoSteps = try Self.rebased(redoSteps, transform)
    }

    /// The steps of one stack, from its top down, as far as the transform carries them.
    private static func rebased(_ steps: [Step], _ transform: (Snapshot) throws -> Snapshot?) rethrows -> [Step] {
        var kept: [Step] = []
        for var step in steps.reversed() {
            guard let snapshot = try transform(step.snapshot) else { break }
            step.snapshot = snapshot
            kept.append(step)
        }
        return kept.reversed()
    }
}
