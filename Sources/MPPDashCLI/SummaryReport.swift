public import RolloutData

/// The national figures and the per-province table of `mppdash summary`, computed once from the
/// store and then written as text, JSON or CSV.
public struct SummaryReport: Sendable {
    public var asOf: Day
    public var snapshotDate: Day
    public var title: LocalizedText
    public var revision: Int
    public var provinces: Int
    public var regions: Int
    public var autonomousRegions: Int
    public var coverage: Coverage
    public var reported: ReportedVersusNamed
    public var digital: DigitalAdoptionSummary
    public var conflicts: Int

    /// The figures as of `requested`, or of `today` when none is asked for.
    public init(index: RolloutIndex, asOf requested: Day?, today: Day) {
        let snapshot = index.snapshot
        let day = requested ?? today
        asOf = day
        snapshotDate = snapshot.asOf
        title = snapshot.title
        revision = snapshot.revision
        provinces = snapshot.provinces.count
        regions = snapshot.regions.count
        autonomousRegions = snapshot.regions.filter(\.isAutonomous).count
        coverage = index.coverage(asOf: day)
        reported = index.reportedVersusNamed(asOf: day)
        digital = index.digitalAdoption(asOf: day)
        conflicts = snapshot.conflicts.count
    }
}
