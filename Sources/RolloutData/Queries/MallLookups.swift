/// The MPPs of a snapshot by id: positions in `Snapshot.malls`, so that the index holds no second
/// copy of every record.
public struct MallsByID: Sendable {
    let malls: [Mall]
    /// The position of the first MPP of each id.
    let positions: [String: Int]

    /// The MPP of an id (the first, if the id came twice).
    public subscript(id: String) -> Mall? {
        positions[id].map { malls[$0] }
    }

    /// The number of distinct ids.
    public var count: Int { positions.count }
}

/// The MPPs of each place, in id order: positions in `Snapshot.malls`.
public struct MallsByPlace: Sendable {
    let malls: [Mall]
    let positions: [Place: [Int]]

    /// The MPPs of a place, in id order; nil for a place without any.
    public subscript(place: Place) -> [Mall]? {
        positions[place].map { $0.map { malls[$0] } }
    }
}
