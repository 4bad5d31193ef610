/// What is known of one kabupaten/kota's MPP on a day (docs/snapshot-format.md, "Region status"):
/// the first of these that holds.
public enum RegionStatus: Hashable, Sendable {
    /// A non-autonomous unit of DK Jakarta, served by the provincial MPP and not counted.
    case administrative
    /// An MPP known by name, open for certain or possibly: the furthest open stage reached, and
    /// how sure that is.
    case onRecord(mall: Mall, stage: MallStage, certainty: Certainty)
    /// A coverage claim says the region has an MPP, not known by name here.
    case coveredByClaim(CoverageClaim)
    /// A coverage claim says the region has no MPP (`none`, or `all` with the region excepted).
    case noMPPPerSource(CoverageClaim)
    /// Nothing is known: "belum tercatat", never "no MPP".
    case notOnRecord
}

/// A coverage claim with its certain day and its regions as sets, for lookups per region.
struct ClaimLookup: Sendable {
    let claim: CoverageClaim
    let certainDay: Day
    let regions: Set<String>
    let except: Set<String>

    init(_ claim: CoverageClaim) {
        self.claim = claim
        certainDay = claim.date.lastDay
        regions = Set(claim.regions)
        except = Set(claim.except)
    }

    /// What the claim says of a region; nil when it says nothing of it.
    func status(of regionCode: String) -> RegionStatus? {
        switch claim.covers {
        case .all: return except.contains(regionCode) ? .noMPPPerSource(claim) : .coveredByClaim(claim)
        case .none: return .noMPPPerSource(claim)
        case .listed: return regions.contains(regionCode) ? .coveredByClaim(claim) : nil
        }
    }
}

extension RolloutIndex {
    /// The status of a kabupaten/kota on `day`; nil for a code that is not a region.
    public func regionStatus(_ regionCode: String, asOf day: Day) -> RegionStatus? {
        guard let region = regionByCode[regionCode] else { return nil }
        var best: (position: Int, certainty: Certainty)?
        for position in mallsByPlace.positions[.region(regionCode)] ?? [] {
            best = better(best, position, asOf: day)
        }
        return status(of: region, mall: best, asOf: day)
    }

    /// The status of every kabupaten/kota on `day`, by region code, in one pass over the MPPs.
    public func regionStatuses(asOf day: Day) -> [String: RegionStatus] {
        var best = [(position: Int, certainty: Certainty)?](repeating: nil, count: snapshot.regions.count)
        for (position, slots) in mallSlots.enumerated() {
            guard let region = slots.region else { continue }
            best[region] = better(best[region], position, asOf: day)
        }
        var statuses: [String: RegionStatus] = [:]
        statuses.reserveCapacity(snapshot.regions.count)
        for (region, mall) in zip(snapshot.regions, best) {
            statuses[region.code] = status(of: region, mall: mall, asOf: day)
        }
        return statuses
    }

    /// What the latest coverage claim dated by `day` that says something of the region says.
    func claimStatus(_ regionCode: String, asOf day: Day) -> RegionStatus? {
        for lookup in claimsByProvince[Place.region(regionCode).provinceCode] ?? [] where lookup.certainDay <= day {
            if let status = lookup.status(of: regionCode) { return status }
        }
        return nil
    }

    /// The MPP at `position` if it was open on `day` with more certainty than the current best
    /// (on a tie, the one earlier in `snapshot.malls`).
    private func better(_ current: (position: Int, certainty: Certainty)?, _ position: Int, asOf day: Day)
        -> (position: Int, certainty: Certainty)? {
        let certainty = openIntervals[position].certainty(asOf: day)
        guard certainty != .no else { return current }
        guard let current else { return (position, certainty) }
        let wins = certainty > current.certainty || (certainty == current.certainty && position < current.position)
        return wins ? (position, certainty) : current
    }

    private func status(of region: Region, mall best: (position: Int, certainty: Certainty)?, asOf day: Day) -> RegionStatus {
        if !region.isAutonomous { return .administrative }
        if let best {
            let mall = snapshot.malls[best.position]
            let stage = mall.stages.last { $0.stage.isOpen && $0.certainty(asOf: day, knownBy: snapshot.asOf) >= best.certainty }
            return .onRecord(mall: mall, stage: stage?.stage ?? .operating, certainty: best.certainty)
        }
        return claimStatus(region.code, asOf: day) ?? .notOnRecord
    }
}
