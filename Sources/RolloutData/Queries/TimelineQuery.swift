/// How many MPPs known by name first opened in one year: those known to the day (`certain`), and
/// those known only by year or month (`uncertain`), which the chart shows apart.
public struct YearOpenings: Hashable, Sendable {
    /// nil for the MPPs whose opening no source dates.
    public var year: Int?
    public var certain: Int
    public var uncertain: Int

    /// Both counts together.
    public var total: Int { certain + uncertain }
}

extension Mall {
    /// The earliest known date the MPP was open to the public (operating or inaugurated); nil when
    /// no open stage is dated.
    public var firstOpened: PartialDate? {
        stages.filter(\.stage.isOpen).compactMap(\.date).min()
    }
}

extension RolloutIndex {
    /// MPPs known by name per year of first opening, possibly open by `day`, in year order, with
    /// the undated ones last as `year: nil` (counted from the snapshot's date, or their window's
    /// `notAfter`). An opening is certain when its day is known (from its date, or a window that
    /// narrows it to one day) and uncertain when only its year or month is.
    public func openingsPerYear(through day: Day) -> [YearOpenings] {
        var byYear: [Int: YearOpenings] = [:]
        var undated = 0
        for (mall, interval) in zip(snapshot.malls, openIntervals) where interval.possiblyFrom != nil {
            let opened = mall.stages.filter { $0.stage.isOpen }
            if let first = opened.filter({ $0.date != nil }).min(by: { $0.date! < $1.date! }), let date = first.date {
                guard let possible = first.possibleDay, possible <= day else { continue }
                var entry = byYear[date.year] ?? YearOpenings(year: date.year, certain: 0, uncertain: 0)
                if first.certainDay == possible { entry.certain += 1 } else { entry.uncertain += 1 }
                byYear[date.year] = entry
            } else if day >= (opened.compactMap(\.certainDay).min() ?? snapshot.asOf) {
                undated += 1
            }
        }
        var result = byYear.keys.sorted().compactMap { byYear[$0] }
        if undated > 0 { result.append(YearOpenings(year: nil, certain: 0, uncertain: undated)) }
        return result
    }

    /// The latest batch (by its certain day) that may have happened by `day`, among those with a
    /// date or a window.
    public func latestBatch(asOf day: Day) -> Batch? {
        batchesInDateOrder.last { batch in batch.possibleDay.map { $0 <= day } ?? false }
    }

    /// Milestones of a kind dated on or before `day`, oldest first.
    public func milestones(_ kind: MilestoneKind, through day: Day) -> [Milestone] {
        snapshot.milestones.filter { $0.kind == kind && ($0.date.map { $0.lastDay <= day } ?? false) }
            .sorted { ($0.date!, $0.id) < ($1.date!, $1.id) }
    }
}
