/// A point on the globe in decimal degrees (north and east positive).
public struct GeoPoint: Hashable, Sendable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }
}

/// The centroids of the kabupaten/kota and provinces, by Kemendagri code, built into the binary
/// (`Data/reference/regency_centroids.csv` and `province_centroids.csv`, generated into
/// `BuiltinCentroidsCSV.swift`). They are a table beside the snapshot, not part of it: a snapshot
/// whose regions have codes the table lacks has no point for those regions.
public enum GeoCentroids {
    /// The centroid of each of the 514 kabupaten/kota.
    public static let regions: [String: GeoPoint] = parse(regionsCSV)
    /// The centroid of each province's simplified boundary (an archipelagic one may fall at sea).
    public static let provinces: [String: GeoPoint] = parse(provincesCSV)

    /// `code,lat,lon` lines; the generator has checked every line.
    private static func parse(_ text: String) -> [String: GeoPoint] {
        var points: [String: GeoPoint] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: ",")
            guard fields.count == 3, let latitude = Double(fields[1]), let longitude = Double(fields[2]) else { continue }
            points[String(fields[0])] = GeoPoint(latitude: latitude, longitude: longitude)
        }
        return points
    }
}
