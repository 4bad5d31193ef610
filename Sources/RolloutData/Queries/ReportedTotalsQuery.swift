extension RolloutIndex {
    /// The reported totals made for certain on or before `day` (the date's whole period, or its
    /// window), in date order.
    public func reportedTotals(through day: Day) -> [ReportedTotal] {
        snapshot.reportedTotals.filter { $0.certainty(asOf: day, knownBy: snapshot.asOf) == .yes }
            .sorted(by: ReportedTotal.inCanonicalOrder)
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
