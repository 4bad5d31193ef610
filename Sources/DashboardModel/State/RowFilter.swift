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

/// The status of a kabupaten/kota (`RegionStatus`) without what it rests on, for filtering.
public enum RegionStatusKind: String, CaseIterable, Sendable, Hashable {
    case onRecord
    case coveredByClaim
    case noMPPPerSource
    case notOnRecord
    case administrative

    public init(_ status: RegionStatus) {
        switch status {
        case .onRecord: self = .onRecord
        case .coveredByClaim: self = .coveredByClaim
        case .noMPPPerSource: self = .noMPPPerSource
        case .notOnRecord: self = .notOnRecord
        case .administrative: self = .administrative
        }
    }
}

/// The kinds of value a list can be filtered on; each list offers those its rows have.
public enum FilterFacet: CaseIterable, Sendable, Hashable {
    case islandGroup
    case province
    case coverage
    case regionStatus
    case digital
    case portal
}

/// What a row says about itself, for filtering; nil where it does not apply.
public struct RowFacets: Hashable, Sendable {
    public var islandGroup: IslandGroup?
    public var provinceCode: String?
    public var coverage: CoverageStatus?
    public var status: RegionStatusKind?
    /// Every MPP Digital stage reached for certain ("ever a pilot" counts a pilot that went
    /// live); `[nil]` for none on record.
    public var digital: Set<DigitalStage?>?
    public var portal: PortalIntegration?

    public init(islandGroup: IslandGroup? = nil, provinceCode: String? = nil, coverage: CoverageStatus? = nil,
                status: RegionStatusKind? = nil, digital: Set<DigitalStage?>? = nil, portal: PortalIntegration? = nil) {
        self.islandGroup = islandGroup
        self.provinceCode = provinceCode
        self.coverage = coverage
        self.status = status
        self.digital = digital
        self.portal = portal
    }

    /// The stages of `stages` that are reached, as the `digital` facet: `[nil]` when none is.
    public static func digital(_ stages: [DigitalStage]) -> Set<DigitalStage?> {
        stages.isEmpty ? [nil] : Set(stages.map { Optional($0) })
    }
}

/// The filter of one list: an empty set leaves that facet unfiltered; a row without the facet
/// passes.
public struct RowFilter: Hashable, Sendable {
    public var islandGroups: Set<IslandGroup> = []
    public var provinces: Set<String> = []
    public var coverage: Set<CoverageStatus> = []
    public var statuses: Set<RegionStatusKind> = []
    /// The MPP Digital stages to keep (a row passes when it reached any); `nil` in the set keeps
    /// the rows with none on record.
    public var digital: Set<DigitalStage?> = []
    public var portal: Set<PortalIntegration> = []

    public init(islandGroups: Set<IslandGroup> = []) {
        self.islandGroups = islandGroups
    }

    public var isEmpty: Bool {
        islandGroups.isEmpty && provinces.isEmpty && coverage.isEmpty && statuses.isEmpty && digital.isEmpty && portal.isEmpty
    }

    public func admits(_ facets: RowFacets) -> Bool {
        if !islandGroups.isEmpty, let group = facets.islandGroup, !islandGroups.contains(group) { return false }
        if !provinces.isEmpty, let code = facets.provinceCode, !provinces.contains(code) { return false }
        if !coverage.isEmpty, let status = facets.coverage, !coverage.contains(status) { return false }
        if !statuses.isEmpty, let status = facets.status, !statuses.contains(status) { return false }
        if !digital.isEmpty, let stages = facets.digital, digital.isDisjoint(with: stages) { return false }
        if !portal.isEmpty, let portal = facets.portal, !self.portal.contains(portal) { return false }
        return true
    }
}
