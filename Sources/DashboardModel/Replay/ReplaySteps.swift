import RolloutData

/// The steps of the replay, from the data: the days on which a batch, an MPP known by name or a
/// national total lands — the day each happened for certain (a date known only by its month or
/// year lands at its end, or at its window's) — and what landed on each.
enum ReplaySteps {
    /// The day before the earliest dated fact (nothing open for certain yet, coverage 0), the landing days
    /// after it up to `end`, and `end`.
    static func days(_ index: RolloutIndex, through end: Day) -> [Day] {
        let start = index.earliestDay.dayBefore
        var landings = Set(index.snapshot.batches.compactMap(\.certainDay))
        landings.formUnion(index.snapshot.malls.compactMap(firstOpened))
        landings.formUnion(index.snapshot.reportedTotals.map(certainDay))
        return [start] + landings.filter { $0 > start && $0 < end }.sorted() + [max(start, end)]
    }

    /// What landed on `day`: its batches, else the MPPs first open on it, else the totals
    /// reported on it; `.start` on the first day, `.end` on the last when nothing else did.
    static func landing(on day: Day, _ replay: Replay, _ index: RolloutIndex) -> ReplayLanding {
        if day == replay.days.first { return .start }
        let batches = index.batchesInDateOrder.filter { $0.certainDay == day }
        if !batches.isEmpty { return .batches(batches) }
        let malls = index.snapshot.malls.filter { firstOpened($0) == day }
        if !malls.isEmpty { return .openings(malls) }
        let totals = index.snapshot.reportedTotals.filter { certainDay($0) == day }.sorted(by: ReportedTotal.inCanonicalOrder)
        if !totals.isEmpty { return .totals(totals) }
        return .end
    }

    /// The day an MPP was open for certain, by its earliest dated open stage.
    static func firstOpened(_ mall: Mall) -> Day? {
        openingStage(mall)?.certainDay
    }

    /// The open stage (operating or inaugurated) that opened an MPP for certain first.
    static func openingStage(_ mall: Mall) -> StageEvent<MallStage>? {
        mall.stages.filter { $0.stage.isOpen && $0.certainDay != nil }.min { $0.certainDay! < $1.certainDay! }
    }

    /// The day a total was reported for certain (its date is never unknown).
    private static func certainDay(_ total: ReportedTotal) -> Day {
        total.certainDay ?? total.date.lastDay
    }
}
