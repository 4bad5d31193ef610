/// How many places of a kind had an MPP: counted for certain, and possibly (a date known only by
/// year or month, or not at all).
public struct CoverageCount: Hashable, Sendable {
    /// The denominator.
    public var units: Int
    /// Places with an open MPP for certain.
    public var covered: Int
    /// Places whose MPP may or may not have been open yet.
    public var uncertain: Int

    public init(units: Int = 0, covered: Int = 0, uncertain: Int = 0) {
        self.units = units
        self.covered = covered
        self.uncertain = uncertain
    }

    /// `covered / units`; 0 for no units.
    public var fraction: Double { units == 0 ? 0 : Double(covered) / Double(units) }

    mutating func add(_ certainty: Certainty) {
        units += 1
        if certainty == .yes { covered += 1 }
        if certainty == .possibly { uncertain += 1 }
    }
}

/// The coverage of one province.
public struct ProvinceCoverage: Hashable, Sendable {
    public var province: Province
    /// Its kabupaten/kota, autonomous or not.
    public var regions: Int
    public var autonomousRegions: Int
    /// Over its coverage units (its autonomous regions, or the province itself).
    public var coverage: CoverageCount
    /// MPPs known by name in the province that were open for certain.
    public var openMalls: Int
}

/// Coverage as of one day, nationally, per island group and per province.
public struct Coverage: Hashable, Sendable {
    public var asOf: Day
    /// Over the official denominator: autonomous kabupaten/kota plus DK Jakarta (509).
    public var national: CoverageCount
    /// Over every kabupaten/kota (514), counting only those with an MPP record of their own; the
    /// provincial MPP of DK Jakarta is not attributed to any of its administrative units.
    public var allRegions: CoverageCount
    public var byIslandGroup: [IslandGroup: CoverageCount]
    /// In province code order.
    public var byProvince: [ProvinceCoverage]
    /// MPPs known by name that were open for certain, and possibly.
    public var openMalls: Int
    public var possiblyOpenMalls: Int
}

extension RolloutIndex {
    /// Coverage as of `day` (regions with an operating or inaugurated MPP).
    public func coverage(asOf day: Day) -> Coverage {
        var unitCertainty = Array(repeating: Certainty.no, count: coverageUnits.count)
        var regionCertainty = Array(repeating: Certainty.no, count: snapshot.regions.count)
        var openByProvince = Array(repeating: 0, count: provinces.count)
        var openMalls = 0
        var possiblyOpen = 0
        for (slots, interval) in zip(mallSlots, openIntervals) {
            let certainty = interval.certainty(asOf: day)
            switch certainty {
            case .yes:
                openMalls += 1
                if let province = slots.province { openByProvince[province] += 1 }
            case .possibly: possiblyOpen += 1
            case .no: continue
            }
            if let unit = slots.unit { unitCertainty[unit] = max(unitCertainty[unit], certainty) }
            if let region = slots.region { regionCertainty[region] = max(regionCertainty[region], certainty) }
        }
        var national = CoverageCount()
        var byProvinceCount: [String: CoverageCount] = [:]
        var byGroup: [IslandGroup: CoverageCount] = [:]
        for (unit, certainty) in zip(coverageUnits, unitCertainty) {
            national.add(certainty)
            byProvinceCount[unit.provinceCode, default: CoverageCount()].add(certainty)
            if let group = provinceByCode[unit.provinceCode]?.islandGroup {
                byGroup[group, default: CoverageCount()].add(certainty)
            }
        }
        var allRegions = CoverageCount()
        for certainty in regionCertainty { allRegions.add(certainty) }
        let byProvince = provinces.enumerated().map { position, province in
            let regions = regionsByProvince[province.code] ?? []
            return ProvinceCoverage(
                province: province, regions: regions.count, autonomousRegions: regions.filter(\.isAutonomous).count,
                coverage: byProvinceCount[province.code] ?? CoverageCount(), openMalls: openByProvince[position])
        }
        return Coverage(asOf: day, national: national, allRegions: allRegions, byIslandGroup: byGroup,
                        byProvince: byProvince, openMalls: openMalls, possiblyOpenMalls: possiblyOpen)
    }
}
