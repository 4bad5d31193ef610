/// The national figure to show for a day (docs/snapshot-format.md, "Headline"): the latest
/// official total, with everything that disagrees with it or came after it shown beside it, never
/// instead of it.
public struct Headline: Hashable, Sendable {
    public var asOf: Day
    /// The latest total stated exactly by KemenPAN-RB by `asOf`; on a batch day the count after
    /// the batch. nil when there is none yet.
    public var official: ReportedTotal?
    /// The conflicts about the official total itself (`RolloutIndex.disputes(of:)`), whose claims
    /// give the disputed values side by side.
    public var disputes: [Conflict]
    /// The other reports after the official total's day up to `asOf` (other reporters,
    /// approximate, ordinal or lower figures), in date order; every report by `asOf` when there
    /// is no official total.
    public var laterReports: [ReportedTotal]
    /// MPPs known by name open for certain, and possibly.
    public var namedOpen: Int
    public var namedPossiblyOpen: Int
    /// Coverage units without an MPP known by name that a coverage claim says have one.
    public var claimCovered: Int

    /// The claims of the disputes that give a value, with their sources.
    public var disputedClaims: [Claim] { disputes.flatMap(\.claims).filter { $0.value != nil } }
}

/// The totals reported on a batch's day before and after the batch.
public struct BatchTotals: Hashable, Sendable {
    public var before: [ReportedTotal]
    public var after: [ReportedTotal]
}

extension RolloutIndex {
    /// The headline figure for `day`; pass the coverage of the same day when it is already
    /// computed.
    public func headline(asOf day: Day, coverage known: Coverage? = nil) -> Headline {
        let reports = officialReports(asOf: day)
        let coverage = known ?? coverage(asOf: day)
        return Headline(
            asOf: day, official: reports.official, disputes: reports.disputes, laterReports: reports.laterReports,
            namedOpen: coverage.openMalls, namedPossiblyOpen: coverage.possiblyOpenMalls,
            claimCovered: coverage.national.claimCovered)
    }

    /// The reports part of the headline for `day`, without the counts of MPPs known by name:
    /// cheap enough to ask for every year's end.
    public func officialReports(asOf day: Day) -> (official: ReportedTotal?, disputes: [Conflict], laterReports: [ReportedTotal]) {
        let reported = reportedTotals(through: day)
        let official = reported.filter(\.isOfficial).max { lhs, rhs in
            (certainDay(lhs), rank(lhs.batchRelation), lhs.total) < (certainDay(rhs), rank(rhs.batchRelation), rhs.total)
        }
        let others = reported.filter { report in
            guard let official else { return true }
            return certainDay(report) > certainDay(official)
        }
        return (official, official.map(disputes) ?? [], others)
    }

    /// The conflicts about a reported total itself: involving `total:DATE` of its date, with a
    /// claim of its value (a conflict about another count of that day, such as a batch's size or
    /// the count before a batch, is not about this one).
    public func disputes(of total: ReportedTotal) -> [Conflict] {
        conflicts(involving: Subject.total(total)).filter { conflict in
            conflict.claims.contains { $0.value == total.total }
        }
    }

    /// The totals reported on the batch's date with a relation to it (before or after the
    /// batch); empty for an undated batch.
    public func batchTotals(_ batch: Batch) -> BatchTotals {
        let totals = batch.date.flatMap { totalsByDate[$0] } ?? []
        return BatchTotals(before: totals.filter { $0.batchRelation == .before },
                           after: totals.filter { $0.batchRelation == .after })
    }

    /// The day a total was made for certain (its date is never unknown).
    private func certainDay(_ total: ReportedTotal) -> Day {
        total.certainDay ?? total.date.lastDay
    }

    /// Where a total stands on its day: before the batch, unrelated, after the batch.
    private func rank(_ relation: BatchRelation?) -> Int {
        switch relation {
        case .before: return 0
        case nil: return 1
        case .after: return 2
        }
    }
}
