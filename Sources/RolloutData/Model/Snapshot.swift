/// The `MAJOR.MINOR` version of a snapshot file.
public struct SnapshotVersion: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var major: Int
    public var minor: Int

    /// The version this build reads and writes.
    public static let current = SnapshotVersion(major: 1, minor: 2)

    /// The first version whose free texts are objects of both languages.
    public static let bilingualTexts = SnapshotVersion(major: 1, minor: 1)

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

    public static func < (lhs: SnapshotVersion, rhs: SnapshotVersion) -> Bool {
        (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
    }
}

/// Everything the dashboard knows, as one value: what a snapshot file holds.
public struct Snapshot: Hashable, Sendable {
    public var version: SnapshotVersion
    public var revision: Int
    /// The date of the newest fact about the rollout; no record is dated later.
    public var asOf: Day
    /// The date of the administrative region list, when it is newer than `asOf`; sources may be
    /// published up to the later of the two.
    public var regionsAsOf: Day?
    public var title: LocalizedText
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
    public var coverageClaims: [CoverageClaim]

    public init(
        version: SnapshotVersion = .current, revision: Int = 0, asOf: Day, regionsAsOf: Day? = nil, title: LocalizedText,
        administrativeSources: [String] = [], sources: [Source] = [], provinces: [Province] = [],
        regions: [Region] = [], malls: [Mall] = [], digital: [DigitalAdoption] = [],
        reportedTotals: [ReportedTotal] = [], batches: [Batch] = [], milestones: [Milestone] = [],
        conflicts: [Conflict] = [], coverageClaims: [CoverageClaim] = []
    ) {
        self.version = version
        self.revision = revision
        self.asOf = asOf
        self.regionsAsOf = regionsAsOf
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
        self.coverageClaims = coverageClaims
    }

    /// The same snapshot with every list in canonical order (docs/snapshot-format.md), so that
    /// two equal snapshots also compare and encode equal.
    public func canonicalized() -> Snapshot {
        var copy = self
        copy.sources.sort { $0.id < $1.id }
        copy.provinces.sort { $0.code < $1.code }
        copy.regions.sort { $0.code < $1.code }
        copy.malls.sort { $0.id < $1.id }
        for index in copy.malls.indices {
            copy.malls[index].stages.sort { $0.stage < $1.stage }
            copy.malls[index].counts.sort(by: FacilityCount.inDateOrder)
        }
        copy.digital.sort { $0.place < $1.place }
        for index in copy.digital.indices {
            copy.digital[index].stages.sort { $0.stage < $1.stage }
            copy.digital[index].services.sort { ($0.name, $0.date?.description ?? "") < ($1.name, $1.date?.description ?? "") }
        }
        copy.reportedTotals.sort(by: ReportedTotal.inCanonicalOrder)
        copy.batches.sort { $0.id < $1.id }
        copy.milestones.sort { $0.id < $1.id }
        copy.conflicts.sort { $0.id < $1.id }
        copy.coverageClaims.sort { $0.id < $1.id }
        return copy
    }
}
