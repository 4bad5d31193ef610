public import RolloutData

/// Every figure the screens show for one as-of day, computed once when the day or the data
/// changes, never per key or per frame.
public struct RolloutFigures: Sendable {
    public var asOf: Day
    public var coverage: Coverage
    /// The latest official total with what disputes it or came after it, beside the MPPs known
    /// by name and the regions coverage claims report.
    public var headline: Headline
    public var digital: DigitalAdoptionSummary
    /// MPPs known by name per year of first opening, known to the day or only by year or month.
    public var openingsPerYear: [YearOpenings]
    public var latestBatch: Batch?
    /// MPP Digital milestones up to the day, oldest first.
    public var digitalMilestones: [Milestone]
    /// For each year from the first reported total to the day: the official total by its end
    /// (or by the day), what disputes it, and the MPPs known by name open by then.
    public var yearEnds: [YearEnd]

    /// The official total and the MPPs known by name at the end of one year.
    public struct YearEnd: Sendable {
        public var year: Int
        /// The latest total KemenPAN-RB stated by the year's end (the headline rule).
        public var official: ReportedTotal?
        /// The values other sources give for that total, when a conflict disputes it.
        public var disputedValues: [Int]
        public var named: Int
    }

    public init(index: RolloutIndex, asOf day: Day) {
        asOf = day
        coverage = index.coverage(asOf: day)
        headline = index.headline(asOf: day, coverage: coverage)
        digital = index.digitalAdoption(asOf: day)
        openingsPerYear = index.openingsPerYear(through: day)
        latestBatch = index.latestBatch(asOf: day)
        digitalMilestones = index.milestones(.digital, through: day)
        yearEnds = RolloutFigures.yearEnds(index, through: day)
    }

    private static func yearEnds(_ index: RolloutIndex, through day: Day) -> [YearEnd] {
        guard let first = index.reportedTotals(through: day).first?.date.year, first <= day.year else { return [] }
        let ends = (first...day.year).map { min(Day(year: $0, month: 12, day: 31)!, day) }
        let named = index.openMalls(on: ends)
        return zip(ends, named).map { end, named in
            let reports = index.officialReports(asOf: end)
            let disputed = reports.disputes.flatMap(\.claims).compactMap(\.value)
            return YearEnd(year: end.year, official: reports.official, disputedValues: disputed, named: named)
        }
    }
}

extension CoverageCount {
    /// The share of units with an MPP known by name (for certain or possibly) or reported by a
    /// provincial statement: what the province and island-group tables call coverage.
    public var knownFraction: Double {
        units == 0 ? 0 : Double(covered + uncertain + claimCovered) / Double(units)
    }
}
