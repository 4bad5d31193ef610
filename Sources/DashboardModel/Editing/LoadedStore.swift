public import RolloutData

/// A store the app hands the dashboard after a save or a reload, comparable so that the actions
/// carrying it stay `Hashable`: two are equal when their origin and snapshot are (the index follows
/// from the snapshot).
public struct LoadedStore: Hashable, Sendable {
    public let store: RolloutStore

    public init(_ store: RolloutStore) {
        self.store = store
    }

    public static func == (lhs: LoadedStore, rhs: LoadedStore) -> Bool {
        lhs.store.origin == rhs.store.origin && lhs.store.snapshot == rhs.store.snapshot
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(store.origin)
        hasher.combine(store.snapshot.revision)
    }
}
