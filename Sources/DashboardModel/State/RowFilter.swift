public import RolloutData

/// How far a province or a kabupaten/kota is covered by an open MPP as of the day.
public enum CoverageStatus: String, CaseIterable, Sendable, Hashable {
    /// No MPP open for certain, and none possibly.
    case none
    /// Some, not all, of its coverage units have an MPP for certain.
    case partial
    /// Every coverage unit has an MPP for certain.
    case full
    /// Only MPPs whose date is uncertain.
    case uncertain
}

/// What a row says about itself, for filtering; nil where it does not apply.
public struct RowFacets: Hashable, Sendable {
    public var islandGroup: IslandGroup?
    public var coverage: CoverageStatus?
    /// The furthest MPP Digital stage on record for certain; `.some(nil)` for none on record.
    public var digital: DigitalStage??

    public init(islandGroup: IslandGroup? = nil, coverage: CoverageStatus? = nil, digital: DigitalStage?? = nil) {
        self.islandGroup = islandGroup
        self.coverage = coverage
        self.digital = digital
    }
}

/// The filter of the lists: an empty set leaves that facet unfiltered; a row without the facet
/// passes.
public struct RowFilter: Hashable, Sendable {
    public var islandGroups: Set<IslandGroup> = []
    public var coverage: Set<CoverageStatus> = []
    /// The MPP Digital stages to keep; `nil` in the set keeps the rows with none on record.
    public var digital: Set<DigitalStage?> = []

    public init() {}

    public var isEmpty: Bool { islandGroups.isEmpty && coverage.isEmpty && digital.isEmpty }

    public func admits(_ facets: RowFacets) -> Bool {
        if !islandGroups.isEmpty, let group = facets.islandGroup, !islandGroups.contains(group) { return false }
        if !coverage.isEmpty, let status = facets.coverage, !coverage.contains(status) { return false }
        if !digital.isEmpty, let stage = facets.digital, !digital.contains(stage) { return false }
        return true
    }
}
