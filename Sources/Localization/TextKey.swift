/// Every user-visible text of the command line and the screens, by key; the words themselves are
/// in `Catalogue`, one table per language.
public enum TextKey: String, CaseIterable, Sendable {
    case summaryTitle
    case asOf
    case dataSource
    case revision
    case provinces
    case regions
    case autonomousRegions
    case denominator
    case denominatorBasis
    case allRegionsBasis
    case namedMalls
    case possiblyOpen
    case reportedTotal
    case reportedTotalsDisagree
    case gapReportedNamed
    case coverage
    case uncertain
    case noReportYet
    case digitalAdoption
    case notRecordedPerRegion
    case byIslandGroup
    case byProvince
    case columnCode
    case columnProvince
    case columnIslandGroup
    case columnRegions
    case columnWithMall
    case columnCoverage
    case columnDigital
    case stagePlanned
    case stageConstruction
    case stageOperating
    case stageInaugurated
    case digitalPilot
    case digitalCommitted
    case digitalLocus
    case digitalLive
    case unknown
    case sourcesDisagree
    case conflictsInData
    case outOf
}
