package import RolloutData
package import Localization
package import TerminalCanvas

/// A direction to move the map's selection in.
public enum MapDirection: Hashable, Sendable {
    /// The next province west or east, in the order of their centres' longitudes.
    case west, east
    /// The nearest province whose centre lies north or south of the selected one's.
    case north, south
}

/// How the map colours a kabupaten/kota: its `RegionStatus` without what it rests on, an MPP on
/// record split by whether it was open for certain. In the legend's order, which is also the
/// order a tie in a cell goes by.
package enum MapStatus: Int, CaseIterable, Sendable {
    case onRecord, possiblyOpen, coveredByClaim, noMPPPerSource, notOnRecord, administrative

    package init(_ status: RegionStatus) {
        switch status {
        case .onRecord(_, _, let certainty): self = certainty == .yes ? .onRecord : .possiblyOpen
        case .coveredByClaim: self = .coveredByClaim
        case .noMPPPerSource: self = .noMPPPerSource
        case .notOnRecord: self = .notOnRecord
        case .administrative: self = .administrative
        }
    }

    /// The colour of a status wherever it is shown (the map, its legend, the lists): the same
    /// `chart.2` as the provincial-report part of the coverage gauges, amber for a date not yet
    /// certain.
    package var role: StyleRole {
        switch self {
        case .onRecord: return .good
        case .possiblyOpen: return .warning
        case .coveredByClaim: return .chart2
        case .noMPPPerSource: return .bad
        case .notOnRecord: return .unknown
        case .administrative: return .muted
        }
    }

    package func label(_ language: Language) -> String {
        switch self {
        case .onRecord: return language.text(.statusOnRecord)
        case .possiblyOpen: return language.text(.mapUncertain)
        case .coveredByClaim: return language.text(.statusCoveredByClaim)
        case .noMPPPerSource: return language.text(.statusNoMPPPerSource)
        case .notOnRecord: return language.text(.statusNoMall)
        case .administrative: return language.text(.statusAdministrative)
        }
    }

    /// The number of kabupaten/kota with this status in a count over every kabupaten/kota.
    package func count(in coverage: CoverageCount) -> Int {
        switch self {
        case .onRecord: return coverage.covered
        case .possiblyOpen: return coverage.uncertain
        case .coveredByClaim: return coverage.claimCovered
        case .noMPPPerSource: return coverage.noMPPPerSource
        case .notOnRecord: return coverage.notOnRecord
        case .administrative: return coverage.administrative
        }
    }
}

/// One kabupaten/kota as the map draws it.
package struct MapPoint: Sendable {
    package var code: String
    package var provinceCode: String
    package var location: GeoPoint
    package var status: MapStatus
    /// At an MPP Digital stage for certain on the as-of day.
    package var isDigital: Bool
}

/// The map of the kabupaten/kota (`Peta`): the points to draw and the province selected on it.
/// The selection moves west/east in the order of the provinces' centres' longitudes, and
/// north/south to the nearest province whose centre lies that way.
package enum MapPage {
    /// The provinces with a centre, west to east, then those without one, by code.
    package static func provinceOrder(_ index: RolloutIndex) -> [String] {
        let placed = index.snapshot.provinces.compactMap { province in
            GeoCentroids.provinces[province.code].map { (code: province.code, longitude: $0.longitude) }
        }
        let unplaced = index.snapshot.provinces.map(\.code).filter { GeoCentroids.provinces[$0] == nil }
        return placed.sorted { ($0.longitude, $0.code) < ($1.longitude, $1.code) }.map(\.code) + unplaced.sorted()
    }

    /// The selected province: the one chosen, while the data has it, else the westernmost.
    package static func selectedProvince(_ state: DashboardState) -> String? {
        if let code = state.mapProvince, state.store.index.provinceByCode[code] != nil { return code }
        return provinceOrder(state.store.index).first
    }

    package static func move(_ state: inout DashboardState, _ direction: MapDirection) {
        guard let current = selectedProvince(state) else { return }
        let order = provinceOrder(state.store.index)
        switch direction {
        case .west, .east:
            guard let position = order.firstIndex(of: current) else { return }
            let next = position + (direction == .east ? 1 : -1)
            if order.indices.contains(next) { state.mapProvince = order[next] }
        case .north, .south:
            guard let here = GeoCentroids.provinces[current] else { return }
            let sign = direction == .north ? 1.0 : -1.0
            let candidates = order.compactMap { code in
                GeoCentroids.provinces[code].map { (code: code, point: $0) }
            }.filter { sign * ($0.point.latitude - here.latitude) > 0 }
            let nearest = candidates.min { distance($0.point, here) < distance($1.point, here) }
            if let nearest { state.mapProvince = nearest.code }
        }
    }

    private static func distance(_ a: GeoPoint, _ b: GeoPoint) -> Double {
        let (dLat, dLon) = (a.latitude - b.latitude, a.longitude - b.longitude)
        return dLat * dLat + dLon * dLon
    }

    /// Every kabupaten/kota with a centre, with its status on the as-of day; and how many of the
    /// data's kabupaten/kota have no centre and are left out.
    package static func points(_ state: DashboardState) -> (points: [MapPoint], missing: Int) {
        let index = state.store.index
        let statuses = index.regionStatuses(asOf: state.asOf)
        let digital = digitalRegions(state)
        var points: [MapPoint] = []
        points.reserveCapacity(index.snapshot.regions.count)
        for region in index.snapshot.regions {
            guard let location = GeoCentroids.regions[region.code], let status = statuses[region.code] else { continue }
            points.append(MapPoint(code: region.code, provinceCode: region.provinceCode, location: location,
                                   status: MapStatus(status), isDigital: digital.contains(region.code)))
        }
        return (points, index.snapshot.regions.count - points.count)
    }

    /// The kabupaten/kota at an MPP Digital stage for certain on the as-of day.
    private static func digitalRegions(_ state: DashboardState) -> Set<String> {
        let snapshot = state.store.snapshot
        var codes = Set<String>()
        for adoption in snapshot.digital {
            guard case .region(let code) = adoption.place,
                  let (_, certainty) = adoption.stage(asOf: state.asOf, knownBy: snapshot.asOf), certainty == .yes else { continue }
            codes.insert(code)
        }
        return codes
    }
}
