public import JSONSupport
/// Large, valid, made-up snapshots for benchmarks and tests: the built-in provinces and
/// kabupaten/kota with any number of invented MPPs spread over them.
///
/// Deterministic: the same count and seed always give the same snapshot, byte for byte. Every
/// record is marked synthetic in its name and sources, so such a file can never be mistaken for
/// data.
public enum SyntheticSnapshot {
    /// The latest day an invented record can have (an inauguration in 2025 on day 28 or before).
    static let latestDay = Day(year: 2025, month: 12, day: 28)!

    public static func generate(malls count: Int, seed: UInt64 = 2024) throws(SnapshotError) -> Snapshot {
        let base = try BuiltinDataset.snapshot()
        var random = SplitMix64(seed: seed)
        let sources = (0..<500).map { index in
            Source(id: "synthetic-\(index)", url: "https://example.invalid/synthetic/\(index)",
                   title: "Synthetic source \(index)", publisher: "example.invalid",
                   published: PartialDate(year: 2017 + index % 9), isOfficial: index % 7 == 0)
        }
        let regions = base.regions.filter(\.isAutonomous)
        var malls: [Mall] = []
        malls.reserveCapacity(count)
        for index in 0..<count {
            let region = regions[Int(random.next() % UInt64(regions.count))]
            let source = sources[Int(random.next() % UInt64(sources.count))].id
            var stages: [StageEvent<MallStage>] = []
            let year = 2017 + Int(random.next() % 8)
            let month = 1 + Int(random.next() % 12)
            let day = 1 + Int(random.next() % 28)
            switch random.next() % 10 {
            case 0:
                stages.append(StageEvent(stage: .planned, date: PartialDate(year: year), sources: [source]))
            case 1:
                stages.append(StageEvent(stage: .construction, date: PartialDate(year: year, month: month), sources: [source]))
            case 2:
                stages.append(StageEvent(stage: .operating, date: nil, sources: [source],
                                         note: LocalizedText(indonesian: "Tanggal tidak diketahui.", english: "Date unknown.")))
            default:
                stages.append(StageEvent(stage: .operating, date: PartialDate(year: year, month: month, day: day), sources: [source]))
                stages.append(StageEvent(stage: .inaugurated, date: PartialDate(year: year + 1, month: month, day: day),
                                         sources: [source],
                                         note: index % 5 == 0 ? LocalizedText(indonesian: "Peresmian bersama.", english: "Joint inauguration.") : nil))
            }
            malls.append(Mall(
                id: "synthetic-\(index)", place: .region(region.code), name: "MPP Sintetis \(region.name) \(index)",
                stages: stages, portalIntegration: [.yes, .no, .unknown][index % 3],
                counts: index % 4 == 0 ? [] : [FacilityCount(date: PartialDate(year: year + 1), services: Int(random.next() % 400),
                                                             agencies: Int(random.next() % 60), sources: [source])],
                sources: [source],
                note: index % 9 == 0 ? LocalizedText(indonesian: "Data sintetis untuk tolok ukur.", english: "Synthetic record for benchmarks.") : nil))
        }
        let digital = regions.enumerated().compactMap { position, region -> DigitalAdoption? in
            guard position % 2 == 0 else { return nil }
            let stages = DigitalStage.allCases.prefix(1 + position % 4).enumerated().map { step, stage in
                StageEvent(stage: stage, date: PartialDate(year: 2023 + step, month: 6), sources: [sources[position % 500].id])
            }
            return DigitalAdoption(place: .region(region.code), stages: stages)
        }
        let totals = (0..<60).map { month in
            ReportedTotal(date: PartialDate(year: 2020 + month / 12, month: 1 + month % 12), total: count * (month + 1) / 60,
                          reporter: month % 5 == 0 ? .press : .kemenpanrb, sources: [sources[month].id])
        }
        let claims = base.provinces.enumerated().compactMap { position, province -> CoverageClaim? in
            let autonomous = regions.filter { $0.provinceCode == province.code }
            guard position % 4 == 0, let first = autonomous.first else { return nil }
            return CoverageClaim(id: "synthetic-claim-\(province.code)", date: PartialDate(year: 2024, month: 6),
                                 provinceCode: province.code, covers: .all, except: [first.code],
                                 count: autonomous.count - 1, sources: [sources[position].id])
        }
        return Snapshot(
            revision: 0, asOf: max(base.asOf, latestDay), regionsAsOf: base.regionsAsOf,
            title: LocalizedText(indonesian: "Snapshot sintetis dengan \(count) MPP (bukan data nyata)",
                                 english: "Synthetic snapshot with \(count) MPPs (not real data)"),
            administrativeSources: base.administrativeSources, sources: base.sources + sources,
            provinces: base.provinces, regions: base.regions, malls: malls, digital: digital,
            reportedTotals: totals, coverageClaims: claims)
    }
}

/// A small, fast, well-distributed pseudo-random generator (Steele, Lea and Flood's SplitMix64),
/// so that synthetic data does not depend on the platform's random source.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
