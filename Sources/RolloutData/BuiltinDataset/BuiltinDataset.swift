public import JSONSupport
/// The dataset compiled into the binary, so that a copied binary works on its own.
///
/// Its text is generated into `BuiltinSnapshotJSON.swift` by `Data/generate_builtin.py` from the
/// sourced reference files in `Data/`; see Data/README.md for how each figure was taken.
public enum BuiltinDataset {
    /// How the built-in dataset is named in messages.
    public static let fileName = "<built-in>"

    /// The built-in snapshot, decoded and validated.
    public static func snapshot() throws(SnapshotError) -> Snapshot {
        try SnapshotDecoder.decode(Array(json.utf8), file: fileName)
    }
}
