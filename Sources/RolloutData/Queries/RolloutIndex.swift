/// Lookups over one snapshot, built once when a store is made, so that queries and screens never
/// search lists.
public struct RolloutIndex: Sendable {
    public let snapshot: Snapshot
    public let provinceByCode: [String: Province]
    public let regionByCode: [String: Region]
    /// The kabupaten/kota of each province, by code.
    public let regionsByProvince: [String: [Region]]
    public let mallByID: MallsByID
    /// The malls of each place, by id.
    public let mallsByPlace: MallsByPlace
    public let digitalByPlace: [Place: DigitalAdoption]
    public let sourceByID: [String: Source]
    /// The places coverage is counted over: every autonomous kabupaten/kota, and every province
    /// that has none (DK Jakarta). For the 2025 regions that is 508 + 1 = 509, the official
    /// denominator.
    public let coverageUnits: [Place]
    /// The provinces in code order.
    public let provinces: [Province]
    /// When each MPP of `snapshot.malls` was open, in the same order.
    public let openIntervals: [OpenInterval]
    /// The first day of the earliest dated stage or reported total (the snapshot's own date when
    /// nothing is dated): where time travel starts.
    public let earliestDay: Day
    /// Batches by the day they happened for certain (see `DatedRecord.certainDay`); undated
    /// batches without a window last; ties by id.
    public let batchesInDateOrder: [Batch]
    /// Where each MPP of `snapshot.malls` counts, in the same order: so that a query over all
    /// MPPs indexes arrays instead of hashing codes.
    let mallSlots: [MallSlots]
    /// The conflicts that involve each subject, as subject or related subject.
    let conflictsBySubject: [String: [Conflict]]
    /// The coverage claims of each province, the latest first (see `ClaimLookup`).
    let claimsByProvince: [String: [ClaimLookup]]
    /// The reported totals of each date, in canonical order.
    let totalsByDate: [PartialDate: [ReportedTotal]]

    /// The coverage unit (index into `coverageUnits`), province (into `provinces`) and region
    /// (into `snapshot.regions`) of one MPP.
    struct MallSlots: Sendable {
        var unit: Int?
        var province: Int?
        var region: Int?
    }

    public init(_ snapshot: Snapshot) {
        self.snapshot = snapshot
        provinces = snapshot.provinces.sorted { $0.code < $1.code }
        provinceByCode = Dictionary(snapshot.provinces.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        regionByCode = Dictionary(snapshot.regions.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        regionsByProvince = Dictionary(grouping: snapshot.regions.sorted { $0.code < $1.code }, by: \.provinceCode)
        // Positions, not copies of the records: the first MPP of an id wins, as it always has.
        let malls = snapshot.malls
        var byID: [String: Int] = [:]
        var byPlace: [Place: [Int]] = [:]
        byID.reserveCapacity(malls.count)
        for position in malls.indices {
            if byID[malls[position].id] == nil { byID[malls[position].id] = position }
            byPlace[malls[position].place, default: []].append(position)
        }
        for (place, positions) in byPlace {
            byPlace[place] = positions.sorted { malls[$0].id < malls[$1].id }
        }
        mallByID = MallsByID(malls: malls, positions: byID)
        mallsByPlace = MallsByPlace(malls: malls, positions: byPlace)
        digitalByPlace = Dictionary(snapshot.digital.map { ($0.place, $0) }, uniquingKeysWith: { first, _ in first })
        sourceByID = Dictionary(snapshot.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var units: [Place] = []
        for province in provinces {
            let autonomous = (regionsByProvince[province.code] ?? []).filter(\.isAutonomous)
            units += autonomous.isEmpty ? [.province(province.code)] : autonomous.map { .region($0.code) }
        }
        coverageUnits = units
        openIntervals = snapshot.malls.map { OpenInterval($0, knownBy: snapshot.asOf) }
        var earliest = snapshot.reportedTotals.map(\.date.firstDay).min() ?? snapshot.asOf
        for mall in snapshot.malls {
            for event in mall.stages { if let date = event.date, date.firstDay < earliest { earliest = date.firstDay } }
        }
        earliestDay = min(earliest, snapshot.asOf)
        let unitIndex = Dictionary(units.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let provinceIndex = Dictionary(provinces.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        let regionIndex = Dictionary(snapshot.regions.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        var slots: [MallSlots] = []
        slots.reserveCapacity(snapshot.malls.count)
        for mall in snapshot.malls {
            var region: Int?
            var unit = unitIndex[mall.place]
            if case .region(let code) = mall.place {
                region = regionIndex[code]
                if unit == nil { unit = unitIndex[.province(mall.place.provinceCode)] }
            }
            slots.append(MallSlots(unit: unit, province: provinceIndex[mall.place.provinceCode], region: region))
        }
        mallSlots = slots
        var bySubject: [String: [Conflict]] = [:]
        for conflict in snapshot.conflicts.sorted(by: { $0.id < $1.id }) {
            for subject in Set(conflict.subjects) { bySubject[subject, default: []].append(conflict) }
        }
        conflictsBySubject = bySubject
        claimsByProvince = Dictionary(grouping: snapshot.coverageClaims.map(ClaimLookup.init), by: \.claim.provinceCode)
            .mapValues { $0.sorted { ($0.certainDay, $0.claim.id) > ($1.certainDay, $1.claim.id) } }
        totalsByDate = Dictionary(grouping: snapshot.reportedTotals.sorted(by: ReportedTotal.inCanonicalOrder), by: \.date)
        batchesInDateOrder = snapshot.batches.sorted { lhs, rhs in
            switch (lhs.certainDay, rhs.certainDay) {
            case let (left?, right?): return left == right ? lhs.id < rhs.id : left < right
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return lhs.id < rhs.id
            }
        }
    }

    /// The conflicts that involve a subject (`batch:ID`, `mall:ID`, `total:DATE`, …), as their
    /// subject or as a related subject, in id order.
    public func conflicts(involving subject: String) -> [Conflict] {
        conflictsBySubject[subject] ?? []
    }

    /// The coverage unit a place counts for: an autonomous region itself, or the province when the
    /// place is a province without autonomous regions or one of its administrative units; nil for
    /// a place that counts for none (a province-level MPP in a province of autonomous regions).
    public func coverageUnit(of place: Place) -> Place? {
        switch place {
        case .region(let code):
            guard let region = regionByCode[code] else { return nil }
            if region.isAutonomous { return place }
            return provinceHasNoAutonomousRegions(region.provinceCode) ? .province(region.provinceCode) : nil
        case .province(let code):
            return provinceHasNoAutonomousRegions(code) ? place : nil
        }
    }

    private func provinceHasNoAutonomousRegions(_ code: String) -> Bool {
        guard provinceByCode[code] != nil else { return false }
        return !(regionsByProvince[code] ?? []).contains(where: \.isAutonomous)
    }
}
