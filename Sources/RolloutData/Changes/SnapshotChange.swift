public import JSONSupport

/// One record (or field of the snapshot) that differs between two snapshots: what it is about
/// (`mall:mpp-33.01`, `snapshot:title`; see `Subject`), how it differs, and the record before and
/// after as the snapshot file writes it (nil where it did not exist).
public struct SnapshotChange: Hashable, Sendable {
    /// Whether the record is new, changed or gone.
    public enum Kind: String, CaseIterable, Sendable {
        case added, changed, removed
    }

    public var subject: String
    public var kind: Kind
    public var before: JSONValue?
    public var after: JSONValue?

    public init(subject: String, kind: Kind, before: JSONValue?, after: JSONValue?) {
        self.subject = subject
        self.kind = kind
        self.before = before
        self.after = after
    }
}

/// The changes between two snapshots, record by record: the records of each list are matched
/// by their identity (id or code; a reported total, which has none, by the whole record, so a
/// changed total is a removal and an addition), and the fields of the snapshot itself (title,
/// as-of days, administrative sources) are compared as such. Lists that share their storage or
/// records equal by value are skipped without encoding anything, so the diff of two 100,000-MPP
/// snapshots that differ in a few records is quick.
public enum SnapshotDiff {
    /// Every change from `old` to `new`: the snapshot's fields first, then the lists in the
    /// order of the file, each by subject. The revision and format version are not changes.
    public static func changes(from old: Snapshot, to new: Snapshot) -> [SnapshotChange] {
        SnapshotParts.all.flatMap { $0.changes(from: old, to: new) }
    }
}
