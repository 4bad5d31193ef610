public import RolloutData

/// Every figure the screens show for one as-of day, computed once when the day or the data
/// changes, never per key or per frame.
public struct RolloutFigures: Sendable {
    public var asOf: Day
    public var coverage: Coverage
    public var reported: ReportedVersusNamed
    public var digital: DigitalAdoptionSummary
    public var openingsByYear: [YearCount]
    public var latestBatch: Batch?
    /// MPP Digital milestones up to the day, oldest first.
    public var digitalMilestones: [Milestone]

    public init(index: RolloutIndex, asOf day: Day) {
        asOf = day
        coverage = index.coverage(asOf: day)
        reported = index.reportedVersusNamed(asOf: day)
        digital = index.digitalAdoption(asOf: day)
        openingsByYear = index.openingsByYear(through: day)
        latestBatch = index.latestBatch(asOf: day)
        digitalMilestones = index.milestones(.digital, through: day)
    }
}
