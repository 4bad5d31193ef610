/// The `MAJOR.MINOR` version of a snapshot file.
public struct SnapshotVersion: Hashable, Sendable, CustomStringConvertible {
    public var major: Int
    public var minor: Int

    /// The version this build reads and writes.
    public static let current = SnapshotVersion(major: 1, minor: 0)

    public init(major: Int, minor: Int) {
        self.major = major
        self.minor = minor
    }

    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let isNumber = { (part: Substring) in !part.isEmpty && part.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }
        guard parts.count == 2, parts.allSatisfy(isNumber), let major = Int(parts[0]), let minor = Int(parts[1]) else {
            return nil
        }
        self.init(major: major, minor: minor)
    }

    public var description: String { "\(major).\(minor)" }
}

/// Everything the dashboard knows, as one value: what a snapshot file holds.
public struct Snapshot: Hashable, Sendable {
    public var version: SnapshotVersion
    public var revision: Int
    /// The date the facts were compiled; nothing in the snapshot is dated later.
    public var asOf: Day
    public var title: String
    public var administrativeSources: [String]
    public var sources: [Source]
    public var provinces: [Province]
    public var regions: [Region]
    public var malls: [Mall]
    public var digital: [DigitalAdoption]
    public var reportedTotals: [ReportedTotal]
    public var batches: [Batch]
    public var milestones: [Milestone]
    public var conflicts: [Conflict]

    public init(
        version: SnapshotVersion = .current, revision: Int = 0, asOf: Day, title: String,
        administrativeSources: [String] = [], sources: [Source] = [], provinces: [Province] = [],
        regions: [Region] = [], malls: [Mall] = [], digital: [DigitalAdoption] = [],
        reportedTotals: [ReportedTotal] = [], batches: [Batch] = [], milestones: [Milestone] = [],
        conflicts: [Conflict] = []
    ) {
        self.version = version
        self.revision = revision
        self.asOf = asOf
        self.title = title
        self.administrativeSources = administrativeSources
        self.sources = sources
        self.provinces = provinces
        self.regions = regions
        self.malls = malls
        self.digital = digital
        self.reportedTotals = reportedTotals
        self.batches = batches
        self.milestones = milestones
        self.conflicts = conflicts
    }

    /// The same snapshot with every list in canonical order (docs/snapshot-format.md), so that
    /// two equal snapshots also compare and encode equal.
    public func canonicalized() -> Snapshot {
        var copy = self
        copy.sources.sort { $0.id < $1.id }
        copy.provinces.sort { $0.code < $1.code }
        copy.regions.sort { $0.code < $1.code }
        copy.malls.sort { $0.id < $1.id }
        for index in copy.malls.indices { copy.malls[index].stages.sort { $0.stage < $1.stage } }
        copy.digital.sort { $0.place < $1.place }
        for index in copy.digital.indices { copy.digital[index].stages.sort { $0.stage < $1.stage } }
        copy.reportedTotals.sort { ($0.date, $0.total) < ($1.date, $1.total) }
        copy.batches.sort { $0.id < $1.id }
        copy.milestones.sort { $0.id < $1.id }
        copy.conflicts.sort { $0.id < $1.id }
        return copy
    }
}
