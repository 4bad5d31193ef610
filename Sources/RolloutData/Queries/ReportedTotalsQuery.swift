/// The latest national total reported by a day, beside the MPPs known by name by then.
///
/// The difference is real missing data — MPPs that exist by the reports but whose names this
/// dataset does not have — never a reason to invent records.
public struct ReportedVersusNamed: Hashable, Sendable {
    public var asOf: Day
    /// Every report on the latest date reported by `asOf`; several when sources disagree or a
    /// day has a before and an after.
    public var latestReports: [ReportedTotal]
    /// MPPs known by name that were open for certain, and possibly.
    public var namedOpen: Int
    public var namedPossiblyOpen: Int

    /// The latest reported total when every report of that date agrees; nil when they differ or
    /// there is none.
    public var reportedTotal: Int? {
        guard let first = latestReports.first, latestReports.allSatisfy({ $0.total == first.total }) else { return nil }
        return first.total
    }

    /// Reported minus named (for certain); nil without an agreed reported total.
    public var gap: Int? { reportedTotal.map { $0 - namedOpen } }
}

extension RolloutIndex {
    /// The reported totals made for certain on or before `day` (the date's whole period, or its
    /// window), in date order.
    public func reportedTotals(through day: Day) -> [ReportedTotal] {
        snapshot.reportedTotals.filter { $0.certainty(asOf: day, knownBy: snapshot.asOf) == .yes }
            .sorted(by: ReportedTotal.inCanonicalOrder)
    }

    /// The latest reported total by `day` against the MPPs known by name; pass the coverage of
    /// the same day when it is already computed.
    public func reportedVersusNamed(asOf day: Day, coverage known: Coverage? = nil) -> ReportedVersusNamed {
        let reported = reportedTotals(through: day)
        let latest = reported.last.map { last in reported.filter { $0.date == last.date } } ?? []
        let coverage = known ?? coverage(asOf: day)
        return ReportedVersusNamed(asOf: day, latestReports: latest, namedOpen: coverage.openMalls,
                                   namedPossiblyOpen: coverage.possiblyOpenMalls)
    }

    /// MPPs known by name open for certain on each of `days`, in one pass over the MPPs.
    public func openMalls(on days: [Day]) -> [Int] {
        var counts = Array(repeating: 0, count: days.count)
        for interval in openIntervals {
            guard let certainlyFrom = interval.certainlyFrom else { continue }
            for (position, day) in days.enumerated() where day >= certainlyFrom { counts[position] += 1 }
        }
        return counts
    }
}
