public import JSONSupport

/// Which side's version of a record a merge keeps.
public enum MergeSide: String, Hashable, Sendable {
    case mine, theirs
}

/// A record that mine and theirs changed differently since the base, or whose merged version
/// breaks the snapshot's rules (`problems`): the three versions as the file writes them (nil
/// where the record does not exist in that version).
public struct MergeConflict: Hashable, Sendable {
    public var subject: String
    public var base: JSONValue?
    public var mine: JSONValue?
    public var theirs: JSONValue?
    /// Why the merged snapshot is not valid at this record (`batches[3].malls[0]: unknown mall
    /// …`); empty for two different changes of one record.
    public var problems: [String]

    public init(subject: String, base: JSONValue?, mine: JSONValue?, theirs: JSONValue?, problems: [String] = []) {
        self.subject = subject
        self.base = base
        self.mine = mine
        self.theirs = theirs
        self.problems = problems
    }
}

/// What a merge gives: the merged snapshot, or the conflicts to settle first.
public enum MergeResult: Hashable, Sendable {
    case merged(Snapshot)
    case conflicts([MergeConflict])
}

/// A three-way merge of two edits of one snapshot: `mine` and `theirs` both started from `base`.
///
/// The changes of each side to different records (see `SnapshotDiff`) are all kept; the same
/// change on both sides is made once; `asOf` is the later of the two; the revision and version
/// are theirs (the file on disk). A record changed differently on both sides is a conflict, and
/// so is a record at which the merged snapshot fails validation (mine adds a batch naming an MPP
/// theirs removed): the merged snapshot is then not given, never written. `result(choosing:)`
/// settles conflicts by keeping, for each subject chosen, that side's version of the record.
public struct SnapshotMerge: Sendable {
    public let base: Snapshot
    public let mine: Snapshot
    public let theirs: Snapshot

    public init(base: Snapshot, mine: Snapshot, theirs: Snapshot) {
        self.base = base
        self.mine = mine
        self.theirs = theirs
    }

    /// The merged snapshot (in canonical order), or the conflicts left after `choices` (by subject).
    public func result(choosing choices: [String: MergeSide] = [:]) -> MergeResult {
        var work = MergeWork(base: base, mine: mine, theirs: theirs, choices: choices, merged: theirs)
        for part in SnapshotParts.all { part.merge(&work) }
        guard work.conflicts.isEmpty else { return .conflicts(work.conflicts) }
        let merged = work.merged.canonicalized()
        let problems = SnapshotValidator.problems(in: merged)
        guard !problems.isEmpty else { return .merged(merged) }
        return .conflicts(conflicts(for: problems, in: merged))
    }

    /// The changes theirs made since the base.
    public var theirChanges: [SnapshotChange] { SnapshotDiff.changes(from: base, to: theirs) }

    /// One conflict per record that validation found a problem at, with every problem there.
    private func conflicts(for problems: [SnapshotProblem], in merged: Snapshot) -> [MergeConflict] {
        var order: [String] = []
        var messages: [String: [String]] = [:]
        for problem in problems {
            var subject = Subject.snapshot("")
            if case .key(let key)? = problem.path.components.first, let part = SnapshotParts.part(key) {
                var index: Int?
                if problem.path.components.count > 1, case .index(let position) = problem.path.components[1] { index = position }
                subject = part.subject(at: index, in: merged) ?? Subject.snapshot(key)
            }
            if messages[subject] == nil { order.append(subject) }
            messages[subject, default: []].append(problem.description)
        }
        return order.map { subject in
            let part = SnapshotParts.all.first { $0.record(subject, in: merged) != nil }
            return MergeConflict(subject: subject, base: part?.record(subject, in: base), mine: part?.record(subject, in: mine),
                                 theirs: part?.record(subject, in: theirs), problems: messages[subject] ?? [])
        }
    }
}
