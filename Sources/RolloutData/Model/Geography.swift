/// The seven island groups KemenPAN-RB and the press use to group provinces.
public enum IslandGroup: String, DeclarationOrdered, Sendable {
    case sumatera
    case jawa
    case baliNusaTenggara = "bali-nusa-tenggara"
    case kalimantan
    case sulawesi
    case maluku
    case papua
}

/// A province, identified by its two-digit Kemendagri code (`"11"` Aceh … `"96"` Papua Barat Daya).
public struct Province: Hashable, Sendable {
    public var code: String
    public var name: String
    public var islandGroup: IslandGroup

    public init(code: String, name: String, islandGroup: IslandGroup) {
        self.code = code
        self.name = name
        self.islandGroup = islandGroup
    }
}

/// Whether a second-level region is a regency or a city.
public enum RegionKind: String, CaseIterable, Sendable {
    case kabupaten
    case kota
}

/// A kabupaten or kota, identified by its Kemendagri code `PP.NN`.
///
/// `isAutonomous` is false for the six administrative units of DK Jakarta, which have no
/// government of their own; coverage counts the province of DK Jakarta in their place.
public struct Region: Hashable, Sendable {
    public var code: String
    public var provinceCode: String
    public var kind: RegionKind
    public var name: String
    public var isAutonomous: Bool

    public init(code: String, provinceCode: String, kind: RegionKind, name: String, isAutonomous: Bool) {
        self.code = code
        self.provinceCode = provinceCode
        self.kind = kind
        self.name = name
        self.isAutonomous = isAutonomous
    }
}

extension Region {
    /// "Kab." or "Kota": the word before the name, written here and nowhere else.
    public var kindPrefix: String { kind == .kota ? "Kota" : "Kab." }

    /// "Kab. Gowa", "Kota Makassar": the name as lists and breadcrumbs show it.
    public var shortName: String { "\(kindPrefix) \(name)" }
}

/// The area an MPP or an MPP Digital adoption belongs to: a kabupaten/kota, or a whole province
/// (DK Jakarta, whose kabupaten/kota are administrative).
public enum Place: Hashable, Sendable, Comparable {
    case region(String)
    case province(String)

    /// The region or province code.
    public var code: String {
        switch self {
        case .region(let code), .province(let code): return code
        }
    }

    /// The province code this place lies in.
    public var provinceCode: String {
        switch self {
        case .province(let code): return code
        case .region(let code): return String(code.prefix(while: { $0 != "." }))
        }
    }

    public static func < (lhs: Place, rhs: Place) -> Bool { lhs.code < rhs.code }
}
