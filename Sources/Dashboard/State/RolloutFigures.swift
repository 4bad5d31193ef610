public import RolloutData

/// Every figure the screens show for one as-of day, computed once when the day or the data
/// changes, never per key or per frame.
public struct RolloutFigures: Sendable {
    public var asOf: Day
    public var coverage: Coverage
    public var reported: ReportedVersusNamed
    public var digital: DigitalAdoptionSummary
    public var openingsByYear: [YearOpenings]
    public var latestBatch: Batch?
    /// MPP Digital milestones up to the day, oldest first.
    public var digitalMilestones: [Milestone]
    /// For each year from the first reported total to the day: the latest reports by its end
    /// (or by the day), and the MPPs known by name open by then.
    public var yearEnds: [YearEnd]

    /// The reported total and the MPPs known by name at the end of one year.
    public struct YearEnd: Sendable {
        public var year: Int
        /// Every report on the latest date reported by the year's end.
        public var reports: [ReportedTotal]
        public var named: Int
    }

    public init(index: RolloutIndex, asOf day: Day) {
        asOf = day
        coverage = index.coverage(asOf: day)
        reported = index.reportedVersusNamed(asOf: day, coverage: coverage)
        digital = index.digitalAdoption(asOf: day)
        openingsByYear = index.openingsPerYear(through: day)
        latestBatch = index.latestBatch(asOf: day)
        digitalMilestones = index.milestones(.digital, through: day)
        yearEnds = RolloutFigures.yearEnds(index, through: day)
    }

    private static func yearEnds(_ index: RolloutIndex, through day: Day) -> [YearEnd] {
        let reports = index.reportedTotals(through: day)
        guard let first = reports.first?.date.year, first <= day.year else { return [] }
        let ends = (first...day.year).map { min(Day(year: $0, month: 12, day: 31)!, day) }
        let named = index.openMalls(on: ends)
        return zip(ends, named).map { end, named in
            let upToEnd = reports.filter { $0.date.lastDay <= end }
            let latest = upToEnd.last.map { last in upToEnd.filter { $0.date == last.date } } ?? []
            return YearEnd(year: end.year, reports: latest, named: named)
        }
    }
}
