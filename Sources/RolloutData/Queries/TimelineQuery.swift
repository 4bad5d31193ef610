/// How many MPPs known by name opened in one year.
public struct YearCount: Hashable, Sendable {
    /// nil for the MPPs whose opening no source dates.
    public var year: Int?
    public var count: Int
}

extension Mall {
    /// The earliest known date the MPP was open to the public (operating or inaugurated); nil when
    /// no open stage is dated.
    public var firstOpened: PartialDate? {
        stages.filter(\.stage.isOpen).compactMap(\.date).min()
    }
}

extension RolloutIndex {
    /// MPPs known by name per year of first opening, up to the year of `day` (a year-precision
    /// date counts in its year), in year order, with the undated ones last as `year: nil`.
    public func openingsByYear(through day: Day) -> [YearCount] {
        var counts: [Int: Int] = [:]
        var undated = 0
        for (mall, interval) in zip(snapshot.malls, openIntervals) where interval.possiblyFrom != nil {
            if let date = mall.firstOpened {
                if date.firstDay <= day { counts[date.year, default: 0] += 1 }
            } else if day >= snapshot.asOf {
                undated += 1
            }
        }
        var result = counts.keys.sorted().map { YearCount(year: $0, count: counts[$0]!) }
        if undated > 0 { result.append(YearCount(year: nil, count: undated)) }
        return result
    }

    /// The latest dated batch on or before `day`.
    public func latestBatch(asOf day: Day) -> Batch? {
        batchesInDateOrder.last { batch in batch.date.map { $0.firstDay <= day } ?? false }
    }

    /// Milestones of a kind dated on or before `day`, oldest first.
    public func milestones(_ kind: MilestoneKind, through day: Day) -> [Milestone] {
        snapshot.milestones.filter { $0.kind == kind && ($0.date.map { $0.lastDay <= day } ?? false) }
            .sorted { ($0.date!, $0.id) < ($1.date!, $1.id) }
    }
}
