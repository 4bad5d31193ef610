public import RolloutData

/// The national figures and the per-province table of `mppdash summary`, computed once from the
/// store and then written as text, JSON or CSV.
public struct SummaryReport: Sendable {
    public var asOf: Day
    public var today: Day
    public var snapshotDate: Day
    public var title: LocalizedText
    public var revision: Int
    public var provinces: Int
    public var regions: Int
    public var autonomousRegions: Int
    public var coverage: Coverage
    /// The latest official total, what disputes it and what came after it (the Overview's headline).
    public var headline: Headline
    public var digital: DigitalAdoptionSummary
    public var conflicts: Int
    /// The conflicts about the totals printed (the headline's and the later reports') and about
    /// the programme as a whole, which the figures rest on.
    public var conflictsTouching: [Conflict]

    /// The figures as of `requested`, or of `today` when none is asked for.
    public init(index: RolloutIndex, asOf requested: Day?, today: Day) {
        let snapshot = index.snapshot
        let day = requested ?? today
        asOf = day
        self.today = today
        snapshotDate = snapshot.asOf
        title = snapshot.title
        revision = snapshot.revision
        provinces = snapshot.provinces.count
        regions = snapshot.regions.count
        autonomousRegions = snapshot.regions.filter(\.isAutonomous).count
        coverage = index.coverage(asOf: day)
        headline = index.headline(asOf: day, coverage: coverage)
        digital = index.digitalAdoption(asOf: day)
        conflicts = snapshot.conflicts.count
        let subjects = ([headline.official].compactMap { $0 } + headline.laterReports).map(Subject.total) + [Subject.programme]
        var seen: Set<String> = []
        conflictsTouching = subjects.flatMap { index.conflicts(involving: $0) }.filter { seen.insert($0.id).inserted }
    }

    /// MPPs the official total counts beyond those known by name and the regions provincial
    /// reports cover; nil without an official total.
    public var unplaced: Int? {
        headline.official.map { max(0, $0.total - coverage.national.covered - coverage.national.uncertain - coverage.national.claimCovered) }
    }

    /// True when the data's newest fact is more than 90 days older than today.
    public var isDataStale: Bool { today.days(since: snapshotDate) > 90 }
}
