public import JSONSupport

/// One thing wrong with a snapshot (see `JSONProblem`).
public typealias SnapshotProblem = JSONProblem

/// A snapshot that could not be loaded or saved, with every problem found (see `JSONFileError`).
public typealias SnapshotError = JSONFileError
