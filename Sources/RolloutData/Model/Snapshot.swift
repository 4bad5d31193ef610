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
    /// two equal snapshots also compare and encode equal. A list already in order is kept as it
    /// is, not copied: canonicalizing a canonical snapshot (every snapshot read from a file) costs
    /// one pass of comparisons and no memory.
    public func canonicalized() -> Snapshot {
        var copy = self
        Self.order(&copy.sources) { $0.id < $1.id }
        Self.order(&copy.provinces) { $0.code < $1.code }
        Self.order(&copy.regions) { $0.code < $1.code }
        if !copy.malls.allSatisfy(\.isCanonical) { copy.malls = copy.malls.map { $0.canonicalized() } }
        Self.order(&copy.malls) { $0.id < $1.id }
        if !copy.digital.allSatisfy(\.isCanonical) { copy.digital = copy.digital.map { $0.canonicalized() } }
        Self.order(&copy.digital) { $0.place < $1.place }
        Self.order(&copy.reportedTotals, by: ReportedTotal.inCanonicalOrder)
        Self.order(&copy.batches) { $0.id < $1.id }
        Self.order(&copy.milestones) { $0.id < $1.id }
        Self.order(&copy.conflicts) { $0.id < $1.id }
        Self.order(&copy.coverageClaims) { $0.id < $1.id }
        return copy
    }

    /// Sorts `list` by `inOrder` unless it is sorted already (then it is not touched, so not copied).
    static func order<Record>(_ list: inout [Record], by inOrder: (Record, Record) -> Bool) {
        guard !list.isSorted(by: inOrder) else { return }
        list.sort(by: inOrder)
    }
}

extension Array {
    /// True when no element comes before the one ahead of it.
    func isSorted(by inOrder: (Element, Element) -> Bool) -> Bool {
        indices.dropFirst().allSatisfy { !inOrder(self[$0], self[$0 - 1]) }
    }
}

extension Mall {
    /// Stages in stage order and counts in date order, as snapshots keep them.
    var isCanonical: Bool {
        stages.isSorted { $0.stage < $1.stage } && counts.isSorted(by: FacilityCount.inDateOrder)
    }

    func canonicalized() -> Mall {
        var copy = self
        Snapshot.order(&copy.stages) { $0.stage < $1.stage }
        Snapshot.order(&copy.counts, by: FacilityCount.inDateOrder)
        return copy
    }
}

extension DigitalAdoption {
    /// Stages in stage order and services by name, as snapshots keep them.
    var isCanonical: Bool { stages.isSorted { $0.stage < $1.stage } && services.isSorted(by: DigitalService.inCanonicalOrder) }

    func canonicalized() -> DigitalAdoption {
        var copy = self
        Snapshot.order(&copy.stages) { $0.stage < $1.stage }
        Snapshot.order(&copy.services, by: DigitalService.inCanonicalOrder)
        return copy
    }
}
