public import JSONSupport
/// The in-memory store of the rollout: one validated snapshot, where it came from, and an index
/// for the queries.
///
/// Loading validates everything before anything is replaced. A store of a file remembers what
/// it loaded (the snapshot, the base of the next save, and the file's identity), so that a save
/// never overwrites a file someone else saved meanwhile: `save(_:user:at:)` merges with it or
/// reports the conflicts (see `SaveOutcome`). The snapshot's `revision` goes up by one with every
/// save.
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
    /// The snapshot file as this store read or wrote it; nil for the built-in dataset and for a
    /// store made in memory.
    public let diskState: FileIdentity?
    /// The system calls its saves use (tests pass failing ones).
    let operations: FileOperations

    public var snapshot: Snapshot { index.snapshot }

    /// A store over a snapshot that is already known to be valid. A store made this way for a
    /// file has not read it: its save refuses to replace a file that exists.
    public init(validated snapshot: Snapshot, origin: Origin) {
        self.init(validated: snapshot, origin: origin, diskState: nil, operations: .system)
    }

    init(validated snapshot: Snapshot, origin: Origin, diskState: FileIdentity?, operations: FileOperations) {
        self.init(index: RolloutIndex(snapshot), origin: origin, diskState: diskState, operations: operations)
    }

    init(index: RolloutIndex, origin: Origin, diskState: FileIdentity?, operations: FileOperations) {
        self.origin = origin
        self.index = index
        self.diskState = diskState
        self.operations = operations
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
    /// `operations` are the system calls the store's saves will use.
    public static func load(path: String, progress: SnapshotFile.Progress = { _, _ in true },
                            operations: FileOperations = .system) throws(SnapshotError) -> RolloutStore {
        try load(path: path, progress: progress, operations: operations) { $0 }
    }

    /// Reads and validates a snapshot file as `load(path:progress:operations:)` does, and makes
    /// `then` of the store (the dashboard's first state): the index, then `then`, run on a second
    /// thread while the snapshot is validated, and their result is kept only if it is valid.
    public static func load<Loaded: Sendable>(
        path: String, progress: SnapshotFile.Progress = { _, _ in true }, operations: FileOperations = .system,
        then: @escaping @Sendable (RolloutStore) -> Loaded
    ) throws(SnapshotError) -> Loaded {
        let (bytes, identity) = try RegularFile.readWithIdentity(path, kind: SnapshotFile.kind, progress: progress)
        return try SnapshotDecoder.decode(consume bytes, file: path) { snapshot in
            then(RolloutStore(index: RolloutIndex(snapshot), origin: .file(path), diskState: identity, operations: operations))
        }.extra
    }

    /// The snapshot file, or the built-in dataset when `path` is nil.
    public static func open(_ path: String?) throws(SnapshotError) -> RolloutStore {
        if let path { return try load(path: path) }
        return try builtin()
    }

    /// The identity of the store's file as it is now on disk; nil when the file is gone or the
    /// store has no file.
    public func currentDiskState() -> FileIdentity? {
        guard case .file(let path) = origin else { return nil }
        return FileIdentity.of(path)
    }

    /// True when the file is no longer the one this store read or wrote (another process saved
    /// it, it was edited or removed): one `stat`, cheap enough after every change notice.
    public func changedOnDisk() -> Bool {
        guard case .file = origin else { return false }
        return currentDiskState() != diskState
    }

    /// The store of the file as it is now (read and validated again); the built-in dataset stays.
    public func reload(progress: SnapshotFile.Progress = { _, _ in true }) throws(SnapshotError) -> RolloutStore {
        guard case .file(let path) = origin else { return self }
        return try RolloutStore.load(path: path, progress: progress, operations: operations)
    }
}
