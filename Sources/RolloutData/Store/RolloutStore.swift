public import JSONSupport
/// The in-memory store of the rollout: one validated snapshot, where it came from, and an index
/// for the queries.
///
/// Loading validates everything before anything is replaced; saving writes atomically and keeps
/// the previous file (`SnapshotFile`). The snapshot's `revision` goes up by one with every save,
/// so an editor can tell whether the file changed under it.
public struct RolloutStore: Sendable {
    /// Where the store's snapshot was read from.
    public enum Origin: Hashable, Sendable {
        case builtin
        case file(String)

        /// How the origin is named in messages.
        public var name: String {
            switch self {
            case .builtin: return BuiltinDataset.fileName
            case .file(let path): return path
            }
        }
    }

    public let origin: Origin
    public let index: RolloutIndex

    public var snapshot: Snapshot { index.snapshot }

    /// A store over a snapshot that is already known to be valid.
    public init(validated snapshot: Snapshot, origin: Origin) {
        self.origin = origin
        self.index = RolloutIndex(snapshot)
    }

    /// A store over any snapshot, validated first.
    public init(snapshot: Snapshot, origin: Origin) throws(SnapshotError) {
        let problems = SnapshotValidator.problems(in: snapshot)
        guard problems.isEmpty else { throw SnapshotError(file: origin.name, problems: problems) }
        self.init(validated: snapshot, origin: origin)
    }

    /// The built-in dataset.
    public static func builtin() throws(SnapshotError) -> RolloutStore {
        RolloutStore(validated: try BuiltinDataset.snapshot(), origin: .builtin)
    }

    /// Reads and validates a snapshot file, telling `progress` how much has been read.
    public static func load(path: String, progress: SnapshotFile.Progress = { _, _ in true }) throws(SnapshotError) -> RolloutStore {
        let bytes = try SnapshotFile.contents(of: path, progress: progress)
        return RolloutStore(validated: try SnapshotDecoder.decode(bytes, file: path), origin: .file(path))
    }

    /// The snapshot file, or the built-in dataset when `path` is nil.
    public static func open(_ path: String?) throws(SnapshotError) -> RolloutStore {
        if let path { return try load(path: path) }
        return try builtin()
    }

    /// Writes the snapshot to `path` with its revision raised by one, and returns the store of what
    /// was written.
    @discardableResult
    public func save(to path: String) throws(SnapshotError) -> RolloutStore {
        guard snapshot.revision < Int.max else {
            throw SnapshotError(file: path, message: "the revision \(snapshot.revision) cannot be raised any further")
        }
        var next = snapshot.canonicalized()
        next.revision += 1
        try SnapshotFile.writeAtomically(SnapshotEncoder.encode(next), to: path)
        return RolloutStore(validated: next, origin: .file(path))
    }
}
