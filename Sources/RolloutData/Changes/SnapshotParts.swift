import JSONSupport

/// One part of a snapshot as the diff and the merge see it: a list of records, each with an
/// identity and a subject, or one field of the snapshot itself.
protocol SnapshotPart {
    /// The part's key in the snapshot file (`malls`, `title`).
    var key: String { get }

    /// The records of the part that differ from `old` to `new`, by subject.
    func changes(from old: Snapshot, to new: Snapshot) -> [SnapshotChange]

    /// Applies to `merge.merged` (theirs) the changes of mine that theirs did not make, and
    /// records a conflict where both changed a record differently and no choice settles it.
    func merge(_ merge: inout MergeWork)

    /// The subject of the record at `index` of the part's list (the field's subject for a field).
    func subject(at index: Int?, in snapshot: Snapshot) -> String?

    /// The record named `subject` in `snapshot`, as the file writes it; nil when it is not there.
    func record(_ subject: String, in snapshot: Snapshot) -> JSONValue?
}

/// A merge under way: the three snapshots, the merged one so far, the choices that settle
/// conflicts, and the conflicts found.
struct MergeWork {
    let base: Snapshot
    let mine: Snapshot
    let theirs: Snapshot
    let choices: [String: MergeSide]
    var merged: Snapshot
    var conflicts: [MergeConflict] = []
}

/// The parts of a snapshot in the order of the file.
enum SnapshotParts {
    static var all: [any SnapshotPart] { [
        FieldPart(key: "title", field: \.title) { $0.jsonValue },
        FieldPart(key: "asOf", field: \.asOf, combine: max) { .string($0.description) },
        FieldPart(key: "regionsAsOf", field: \.regionsAsOf) { .string($0?.description) },
        FieldPart(key: "administrativeSources", field: \.administrativeSources) { .strings($0) },
        RecordPart(key: "sources", list: \.sources, identity: \.id, subject: { Subject.source($0.id) }, json: \.jsonValue),
        RecordPart(key: "provinces", list: \.provinces, identity: \.code, subject: { Subject.place(.province($0.code)) }, json: \.jsonValue),
        RecordPart(key: "regions", list: \.regions, identity: \.code, subject: { Subject.place(.region($0.code)) }, json: \.jsonValue),
        RecordPart(key: "malls", list: \.malls, identity: \.id, subject: { Subject.mall($0.id) }, json: \.jsonValue),
        RecordPart(key: "digital", list: \.digital, identity: \.place, subject: { Subject.digital($0.place.code) }, json: \.jsonValue),
        RecordPart(key: "reportedTotals", list: \.reportedTotals, identity: { $0 }, subject: Subject.reportedTotal, json: \.jsonValue),
        RecordPart(key: "batches", list: \.batches, identity: \.id, subject: { Subject.batch($0.id) }, json: \.jsonValue),
        RecordPart(key: "milestones", list: \.milestones, identity: \.id, subject: { Subject.milestone($0.id) }, json: \.jsonValue),
        RecordPart(key: "conflicts", list: \.conflicts, identity: \.id, subject: { Subject.conflict($0.id) }, json: \.jsonValue),
        RecordPart(key: "coverageClaims", list: \.coverageClaims, identity: \.id, subject: { Subject.claim($0.id) }, json: \.jsonValue),
    ] }

    /// The part whose key is `key`.
    static func part(_ key: String) -> (any SnapshotPart)? {
        all.first { $0.key == key }
    }
}

/// A list of records matched by identity. Records whose identity comes twice in one list (only
/// a reported total can, when the same total is listed twice word for word) count once.
struct RecordPart<Record: Hashable, Identity: Hashable>: SnapshotPart {
    let key: String
    let list: WritableKeyPath<Snapshot, [Record]>
    let identity: (Record) -> Identity
    let subject: (Record) -> String
    let json: (Record) -> JSONValue

    /// A record before and after (nil where it did not exist), by identity.
    typealias Delta = [Identity: (before: Record?, after: Record?)]

    /// The records that differ from `old` to `new`. Equal lists (the same storage, or equal by
    /// value) cost one comparison each; the records both share at the start and at the end are
    /// skipped in place; only those between are matched through a dictionary.
    func delta(from old: [Record], to new: [Record]) -> Delta {
        if old == new { return [:] }
        var start = 0
        while start < old.count, start < new.count, old[start] == new[start] { start += 1 }
        var oldEnd = old.count, newEnd = new.count
        while oldEnd > start, newEnd > start, old[oldEnd - 1] == new[newEnd - 1] {
            oldEnd -= 1
            newEnd -= 1
        }
        let before = byIdentity(old[start..<oldEnd]), after = byIdentity(new[start..<newEnd])
        var delta: Delta = [:]
        for (identity, record) in before where after[identity] != record {
            delta[identity] = (record, after[identity])
        }
        for (identity, record) in after where before[identity] == nil {
            delta[identity] = (nil, record)
        }
        return delta
    }

    private func byIdentity(_ records: ArraySlice<Record>) -> [Identity: Record] {
        var result: [Identity: Record] = [:]
        result.reserveCapacity(records.count)
        for record in records where result[identity(record)] == nil {
            result[identity(record)] = record
        }
        return result
    }

    func changes(from old: Snapshot, to new: Snapshot) -> [SnapshotChange] {
        delta(from: old[keyPath: list], to: new[keyPath: list]).values.map { change in
            let kind: SnapshotChange.Kind = change.before == nil ? .added : change.after == nil ? .removed : .changed
            return SnapshotChange(subject: subject((change.after ?? change.before)!), kind: kind,
                                  before: change.before.map(json), after: change.after.map(json))
        }
        .sorted { $0.subject < $1.subject }
    }

    func merge(_ merge: inout MergeWork) {
        let mine = delta(from: merge.base[keyPath: list], to: merge.mine[keyPath: list])
        let theirs = delta(from: merge.base[keyPath: list], to: merge.theirs[keyPath: list])
        // The version each record of theirs must have in the merged list (nil: none).
        var settled: [Identity: Record?] = [:]
        for (identity, change) in mine {
            let name = subject((change.after ?? change.before)!)
            let choice = merge.choices[name]
            if let their = theirs[identity] {
                if their.after == change.after || choice == .theirs { continue }
                if choice == .mine {
                    settled[identity] = change.after
                } else {
                    merge.conflicts.append(MergeConflict(subject: name, base: change.before.map(json), mine: change.after.map(json),
                                                         theirs: their.after.map(json)))
                }
            } else if choice != .theirs {
                settled[identity] = change.after
            }
        }
        for (identity, their) in theirs where mine[identity] == nil && merge.choices[subject((their.after ?? their.before)!)] == .mine {
            settled[identity] = their.before
        }
        guard !settled.isEmpty else { return }
        var records = merge.merged[keyPath: list]
        var removed = Set<Int>()
        let positions = Dictionary(records.indices.map { (identity(records[$0]), $0) }, uniquingKeysWith: { first, _ in first })
        for (identity, version) in settled {
            switch (positions[identity], version) {
            case let (position?, record?): records[position] = record
            case let (position?, nil): removed.insert(position)
            case let (nil, record?): records.append(record)
            case (nil, nil): break
            }
        }
        if !removed.isEmpty {
            records = records.indices.filter { !removed.contains($0) }.map { records[$0] }
        }
        merge.merged[keyPath: list] = records
    }

    func subject(at index: Int?, in snapshot: Snapshot) -> String? {
        guard let index, snapshot[keyPath: list].indices.contains(index) else { return nil }
        return subject(snapshot[keyPath: list][index])
    }

    func record(_ name: String, in snapshot: Snapshot) -> JSONValue? {
        snapshot[keyPath: list].first { subject($0) == name }.map(json)
    }
}

/// One field of the snapshot itself (`snapshot:title`). Where both sides changed it, `combine`
/// (when given) decides instead of a conflict: the later `asOf` of the two.
struct FieldPart<Value: Hashable>: SnapshotPart {
    let key: String
    let field: WritableKeyPath<Snapshot, Value>
    var combine: ((Value, Value) -> Value)?
    let json: (Value) -> JSONValue

    init(key: String, field: WritableKeyPath<Snapshot, Value>, combine: ((Value, Value) -> Value)? = nil,
         json: @escaping (Value) -> JSONValue) {
        self.key = key
        self.field = field
        self.combine = combine
        self.json = json
    }

    var subject: String { Subject.snapshot(key) }

    func changes(from old: Snapshot, to new: Snapshot) -> [SnapshotChange] {
        let before = old[keyPath: field], after = new[keyPath: field]
        guard before != after else { return [] }
        return [SnapshotChange(subject: subject, kind: .changed, before: json(before), after: json(after))]
    }

    func merge(_ merge: inout MergeWork) {
        let base = merge.base[keyPath: field], mine = merge.mine[keyPath: field], theirs = merge.theirs[keyPath: field]
        if let combine {
            merge.merged[keyPath: field] = combine(mine, theirs)
            return
        }
        switch (mine != base, theirs != base, merge.choices[subject]) {
        case (_, _, .mine?): merge.merged[keyPath: field] = mine
        case (_, _, .theirs?): break
        case (true, false, nil): merge.merged[keyPath: field] = mine
        case (true, true, nil) where mine != theirs:
            merge.conflicts.append(MergeConflict(subject: subject, base: json(base), mine: json(mine), theirs: json(theirs)))
        default: break
        }
    }

    func subject(at index: Int?, in snapshot: Snapshot) -> String? { subject }

    func record(_ name: String, in snapshot: Snapshot) -> JSONValue? {
        name == subject ? json(snapshot[keyPath: field]) : nil
    }
}
