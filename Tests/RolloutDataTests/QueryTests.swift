import Testing
@testable import RolloutData

@Suite("Queries")
struct QueryTests {
    let index = RolloutIndex(SmallSnapshot.make())
    func day(_ text: String) -> Day { SmallSnapshot.day(text) }

    @Test func theSmallSnapshotIsValid() {
        #expect(SnapshotValidator.problems(in: SmallSnapshot.make()).isEmpty)
    }

    @Test func coverageUnitsAreAutonomousRegionsPlusProvincesWithoutThem() {
        #expect(index.coverageUnits == [.province("31"), .region("33.01"), .region("33.02"), .region("33.71"), .region("94.01")])
        #expect(index.coverageUnit(of: .region("31.71")) == .province("31"))
        #expect(index.coverageUnit(of: .province("33")) == nil)
    }

    @Test func coverageCountsCertainAndUncertainSeparately() {
        let end2023 = index.coverage(asOf: day("2023-12-31"))
        #expect(end2023.national == CoverageCount(units: 5, covered: 2, uncertain: 1, notOnRecord: 2))
        #expect(end2023.allRegions == CoverageCount(units: 6, covered: 1, uncertain: 1, notOnRecord: 2, administrative: 2))
        #expect(end2023.openMalls == 2)
        #expect(end2023.possiblyOpenMalls == 1)

        let mid2024 = index.coverage(asOf: day("2024-06-30"))
        #expect(mid2024.national == CoverageCount(units: 5, covered: 2, uncertain: 2, notOnRecord: 1))

        let atSnapshotDate = index.coverage(asOf: day("2025-01-01"))
        #expect(atSnapshotDate.national == CoverageCount(units: 5, covered: 4, uncertain: 0, notOnRecord: 1))
        #expect(atSnapshotDate.national.fraction == 0.8)
    }

    @Test func aPlannedMallDoesNotCover() {
        let coverage = index.coverage(asOf: day("2025-01-01"))
        let papua = coverage.byProvince.first { $0.province.code == "94" }
        #expect(papua?.coverage == CoverageCount(units: 1, covered: 0, uncertain: 0, notOnRecord: 1))
        #expect(coverage.byIslandGroup[.papua] == CoverageCount(units: 1, covered: 0, uncertain: 0, notOnRecord: 1))
    }

    @Test func perProvinceCountsRegionsAndUnits() {
        let coverage = index.coverage(asOf: day("2025-01-01"))
        let jakarta = coverage.byProvince[0]
        #expect(jakarta.province.code == "31")
        #expect(jakarta.regions == 2)
        #expect(jakarta.autonomousRegions == 0)
        #expect(jakarta.coverage == CoverageCount(units: 1, covered: 1, uncertain: 0))
        #expect(coverage.byIslandGroup[.jawa] == CoverageCount(units: 4, covered: 4, uncertain: 0))
    }

    @Test func beforeAnyMallNothingIsCovered() {
        let coverage = index.coverage(asOf: day("2016-01-01"))
        #expect(coverage.national == CoverageCount(units: 5, covered: 0, uncertain: 1, notOnRecord: 4))
        #expect(coverage.openMalls == 0)
    }

    @Test func digitalAdoptionCountsTheFurthestCertainStage() {
        let mid2023 = index.digitalAdoption(asOf: day("2023-07-01"))
        #expect(mid2023.byStage == [.pilot: 2])
        #expect(mid2023.adopting == 2)
        let mid2024 = index.digitalAdoption(asOf: day("2024-06-01"))
        #expect(mid2024.byStage == [.pilot: 2])
        let end2024 = index.digitalAdoption(asOf: day("2024-12-31"))
        #expect(end2024.byStage == [.pilot: 1, .committed: 1])
        #expect(end2024.byProvince["33"] == [.pilot: 1, .committed: 1])
        #expect(index.digitalAdoption(asOf: day("2023-01-01")).adopting == 0)
    }

    @Test func theHeadlineIsTheMinistrysTotalWithOtherReportsBesideIt() {
        let march2023 = index.headline(asOf: day("2023-03-01"))
        #expect(march2023.official?.total == 103)
        #expect(march2023.laterReports.isEmpty, "the press's 110 of the same month is not later")
        let feb2023 = index.headline(asOf: day("2023-02-15"))
        #expect(feb2023.official == nil, "a month-dated report counts only once its month is over")
        #expect(feb2023.laterReports.isEmpty)
    }

    @Test func theHeadlineCountsMPPsKnownByNameBesideTheTotal() {
        let result = index.headline(asOf: day("2024-07-01"))
        #expect(result.official?.total == 208)
        #expect(result.namedOpen == 2)
        #expect(result.namedPossiblyOpen == 2)
    }

    @Test func batchesAreInDateOrderWithUndatedLast() {
        #expect(index.batchesInDateOrder.map(\.id) == ["b1", "b2"])
    }

    @Test func builtInCoverageAtTheEndOf2023() throws {
        let builtin = RolloutIndex(try BuiltinDataset.snapshot())
        let coverage = builtin.coverage(asOf: day("2023-12-31"))
        #expect(coverage.national.units == 509)
        let reported = builtin.headline(asOf: day("2023-12-31"), coverage: coverage)
        #expect(reported.official?.total == 175)
        #expect(coverage.national.covered > 50)
        #expect(reported.namedOpen < 175, "fewer MPPs are known by name than were reported")
    }
}
