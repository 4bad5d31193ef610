import Testing
@testable import RolloutData

@Suite("Queries of format 1.1")
struct ClaimQueryTests {
    let snapshot = ClaimsSnapshot.make()
    let index = RolloutIndex(ClaimsSnapshot.make())
    func day(_ text: String) -> Day { ClaimsSnapshot.day(text) }
    func claim(_ id: String) -> CoverageClaim { snapshot.coverageClaims.first { $0.id == id }! }
    func mall(_ id: String) -> Mall { index.mallByID[id]! }

    @Test func theSnapshotIsValidAndRoundTrips() throws {
        #expect(SnapshotValidator.problems(in: snapshot).isEmpty)
        #expect(try SnapshotDecoder.decode(SnapshotEncoder.encode(snapshot), file: "claims.json") == snapshot.canonicalized())
    }

    @Test func aWindowNarrowsCertainty() {
        let launch = snapshot.batches[1]
        #expect(launch.possibleDay == day("2024-06-25"))
        #expect(launch.certainDay == day("2024-08-19"))
        #expect(launch.certainty(asOf: day("2024-06-24"), knownBy: snapshot.asOf) == .no)
        #expect(launch.certainty(asOf: day("2024-07-01"), knownBy: snapshot.asOf) == .possibly)
        #expect(launch.certainty(asOf: day("2024-08-19"), knownBy: snapshot.asOf) == .yes)
        let makassar = OpenInterval(mall("mpp-73.71"), knownBy: snapshot.asOf)
        #expect(makassar.certainty(asOf: day("2024-02-29")) == .possibly)
        #expect(makassar.certainty(asOf: day("2024-03-01")) == .yes)
    }

    @Test func batchesAreOrderedByTheirCertainDay() {
        #expect(index.batchesInDateOrder.map(\.id) == ["2024-06-24", "2024-soft-launch", "2024-12-12"])
        #expect(index.latestBatch(asOf: day("2024-07-01"))?.id == "2024-soft-launch")
        #expect(index.latestBatch(asOf: day("2024-06-24"))?.id == "2024-06-24")
    }

    @Test func regionStatusFollowsTheRulesInOrder() {
        let late = day("2025-06-30")
        #expect(index.regionStatus("31.71", asOf: late) == .administrative)
        #expect(index.regionStatus("73.01", asOf: late) == .onRecord(mall: mall("mpp-73.01"), stage: .operating, certainty: .yes))
        #expect(index.regionStatus("73.01", asOf: day("2023-06-30")) == .onRecord(mall: mall("mpp-73.01"), stage: .operating, certainty: .possibly))
        #expect(index.regionStatus("73.02", asOf: late) == .coveredByClaim(claim("sulsel-all")))
        #expect(index.regionStatus("73.02", asOf: day("2024-06-29")) == .notOnRecord)
        #expect(index.regionStatus("73.03", asOf: late) == .noMPPPerSource(claim("sulsel-all")))
        #expect(index.regionStatus("74.01", asOf: day("2024-01-01")) == .noMPPPerSource(claim("sultra-none")))
        #expect(index.regionStatus("74.01", asOf: late) == .coveredByClaim(claim("sultra-buton")))
        #expect(index.regionStatus("74.02", asOf: late) == .noMPPPerSource(claim("sultra-none")))
        #expect(index.regionStatus("74.02", asOf: day("2023-12-30")) == .notOnRecord)
        #expect(index.regionStatus("99.99", asOf: late) == nil)
    }

    @Test(arguments: ["2023-06-30", "2024-06-29", "2024-07-01", "2025-06-30"])
    func allStatusesInOnePassAgreeWithEachRegion(_ text: String) {
        let statuses = index.regionStatuses(asOf: day(text))
        #expect(statuses.count == snapshot.regions.count)
        for region in snapshot.regions {
            #expect(statuses[region.code] == index.regionStatus(region.code, asOf: day(text)))
        }
    }

    @Test func coverageCountsClaimsBesideNamedMPPs() {
        let coverage = index.coverage(asOf: day("2025-06-30"))
        #expect(coverage.national == CoverageCount(units: 9, covered: 3, uncertain: 0, claimCovered: 4, noMPPPerSource: 2))
        #expect(coverage.allRegions == CoverageCount(units: 9, covered: 2, uncertain: 0, claimCovered: 4, noMPPPerSource: 2,
                                                     administrative: 1))
        #expect(coverage.byIslandGroup[.sulawesi] == CoverageCount(units: 8, covered: 2, claimCovered: 4, noMPPPerSource: 2))
        let gorontalo = coverage.byProvince.first { $0.province.code == "75" }
        #expect(gorontalo?.coverage == CoverageCount(units: 2, claimCovered: 2))
        let sulsel = coverage.byProvince.first { $0.province.code == "73" }
        #expect(sulsel?.coverage == CoverageCount(units: 4, covered: 2, claimCovered: 1, noMPPPerSource: 1))
        let early = index.coverage(asOf: day("2024-01-01"))
        #expect(early.national == CoverageCount(units: 9, covered: 2, uncertain: 1, noMPPPerSource: 2, notOnRecord: 4))
    }

    @Test func headlineTakesTheAfterFigureOfABatchDay() {
        let headline = index.headline(asOf: day("2024-07-01"))
        #expect(headline.official?.total == 208)
        #expect(headline.official?.batchRelation == .after)
        #expect(headline.laterReports.isEmpty)
        #expect(headline.disputes.isEmpty)
    }

    @Test func headlineKeepsTheOfficialFigureBesideLaterLowerOrApproximateOnes() {
        let headline = index.headline(asOf: day("2024-10-01"))
        #expect(headline.official?.total == 208)
        #expect(headline.laterReports.map(\.total) == [205, 237])
        #expect(headline.laterReports.map(\.reporter) == [.regionalGovernment, .kemenpanrb])
    }

    @Test func headlineShowsADisputedTotalSideBySide() {
        let headline = index.headline(asOf: day("2024-05-31"))
        #expect(headline.official?.total == 191)
        #expect(headline.official?.date == ClaimsSnapshot.date("2024-03-07"))
        #expect(headline.disputedClaims.map(\.value) == [191, 192])
        #expect(headline.disputedClaims.map(\.sources) == [["menpan"], ["press"]])
        #expect(headline.laterReports.map(\.total) == [200])
        #expect(headline.namedOpen == 3)
        #expect(headline.namedPossiblyOpen == 0)
    }

    @Test func headlineWithoutAnOfficialTotalListsEveryReport() {
        let headline = index.headline(asOf: day("2024-03-06"))
        #expect(headline.official == nil)
        #expect(headline.laterReports.isEmpty)
        #expect(index.headline(asOf: day("2025-06-30")).claimCovered == 4)
    }

    @Test func batchTotalsAreThoseOfItsDayBeforeAndAfter() {
        let totals = index.batchTotals(snapshot.batches[0])
        #expect(totals.before.map(\.total) == [191])
        #expect(totals.after.map(\.total) == [208])
        #expect(index.batchTotals(snapshot.batches[1]) == BatchTotals(before: [], after: []))
    }

    @Test func conflictsAreFoundThroughTheirRelatedSubjects() {
        #expect(index.conflicts(involving: "batch:2024-06-24").map(\.id) == ["total-2024-03-07"])
        #expect(index.conflicts(involving: "total:2024-03-07").map(\.id) == ["total-2024-03-07"])
        #expect(index.conflicts(involving: "mall:mpp-73.01").map(\.id) == ["total-2024-03-07"])
        #expect(index.conflicts(involving: "mall:mpp-73.02").isEmpty)
    }

    @Test func openingsPerYearSplitDayPreciseFromYearOnly() {
        #expect(index.openingsPerYear(through: day("2025-06-30")) == [
            YearOpenings(year: 2017, certain: 1, uncertain: 0),
            YearOpenings(year: 2023, certain: 0, uncertain: 1),
            YearOpenings(year: nil, certain: 0, uncertain: 1),
        ])
        #expect(index.openingsPerYear(through: day("2023-06-30")) == [
            YearOpenings(year: 2017, certain: 1, uncertain: 0),
            YearOpenings(year: 2023, certain: 0, uncertain: 1),
        ])
    }

    @Test func facilityCountsGiveTheLatestDatedValue() {
        let makassar = mall("mpp-73.71")
        #expect(makassar.services == 300)
        #expect(makassar.agencies == 35)
        #expect(snapshot.batches[1].announcedCounts == [22, 23])
    }
}
