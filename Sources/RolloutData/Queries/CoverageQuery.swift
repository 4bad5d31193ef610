/// How many places of a kind had an MPP on a day, by what is known of each (see `RegionStatus`):
/// an MPP known by name open for certain or possibly (a date known only by year or month, or not
/// at all), an MPP a coverage claim reports, no MPP per a source, or nothing on record.
public struct CoverageCount: Hashable, Sendable {
    /// The denominator.
    public var units: Int
    /// Places with an MPP known by name open for certain.
    public var covered: Int
    /// Places whose MPP known by name may or may not have been open yet.
    public var uncertain: Int
    /// Places with no MPP known by name that a coverage claim says have one.
    public var claimCovered: Int
    /// Places a coverage claim says have no MPP.
    public var noMPPPerSource: Int
    /// Places nothing is known of.
    public var notOnRecord: Int
    /// Administrative units of DK Jakarta (only in counts over every kabupaten/kota).
    public var administrative: Int

    public init(units: Int = 0, covered: Int = 0, uncertain: Int = 0, claimCovered: Int = 0, noMPPPerSource: Int = 0,
                notOnRecord: Int = 0, administrative: Int = 0) {
        self.units = units
        self.covered = covered
        self.uncertain = uncertain
        self.claimCovered = claimCovered
        self.noMPPPerSource = noMPPPerSource
        self.notOnRecord = notOnRecord
        self.administrative = administrative
    }

    /// `covered / units`; 0 for no units.
    public var fraction: Double { units == 0 ? 0 : Double(covered) / Double(units) }

    /// How one place counts: what `RegionStatus` says, without the MPP and claim themselves.
    enum Tally {
        case administrative, open(Certainty), claimCovered, noMPPPerSource, notOnRecord

        init(_ status: RegionStatus?) {
            switch status {
            case .administrative: self = .administrative
            case .onRecord(_, _, let certainty): self = .open(certainty)
            case .coveredByClaim: self = .claimCovered
            case .noMPPPerSource: self = .noMPPPerSource
            case .notOnRecord, nil: self = .notOnRecord
            }
        }
    }

    mutating func add(_ tally: Tally) {
        units += 1
        switch tally {
        case .administrative: administrative += 1
        case .open(let certainty): if certainty == .yes { covered += 1 } else { uncertain += 1 }
        case .claimCovered: claimCovered += 1
        case .noMPPPerSource: noMPPPerSource += 1
        case .notOnRecord: notOnRecord += 1
        }
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
    /// provincial MPP of DK Jakarta is not attributed to any of its administrative units, which
    /// count as `administrative`.
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
            let tally = self.tally(unit, certainty, asOf: day)
            national.add(tally)
            byProvinceCount[unit.provinceCode, default: CoverageCount()].add(tally)
            if let group = provinceByCode[unit.provinceCode]?.islandGroup {
                byGroup[group, default: CoverageCount()].add(tally)
            }
        }
        var allRegions = CoverageCount()
        for (region, certainty) in zip(snapshot.regions, regionCertainty) {
            allRegions.add(region.isAutonomous ? tally(.region(region.code), certainty, asOf: day) : .administrative)
        }
        let byProvince = provinces.enumerated().map { position, province in
            let regions = regionsByProvince[province.code] ?? []
            return ProvinceCoverage(
                province: province, regions: regions.count, autonomousRegions: regions.filter(\.isAutonomous).count,
                coverage: byProvinceCount[province.code] ?? CoverageCount(), openMalls: openByProvince[position])
        }
        return Coverage(asOf: day, national: national, allRegions: allRegions, byIslandGroup: byGroup,
                        byProvince: byProvince, openMalls: openMalls, possiblyOpenMalls: possiblyOpen)
    }

    /// How a counted place counts: by its MPP known by name when one was open (`certainty`), else
    /// by what the coverage claims say of a kabupaten/kota.
    private func tally(_ place: Place, _ certainty: Certainty, asOf day: Day) -> CoverageCount.Tally {
        if certainty != .no { return .open(certainty) }
        guard case .region(let code) = place else { return .notOnRecord }
        return CoverageCount.Tally(claimStatus(code, asOf: day))
    }
}
