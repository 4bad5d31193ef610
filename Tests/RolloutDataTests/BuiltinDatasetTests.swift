import Foundation
import Testing
@testable import RolloutData

@Suite("The built-in dataset")
struct BuiltinDatasetTests {
    let snapshot: Snapshot
    let index: RolloutIndex

    init() throws {
        snapshot = try BuiltinDataset.snapshot()
        index = RolloutIndex(snapshot)
    }

    @Test func hasEveryProvinceAndRegion() throws {
        #expect(snapshot.provinces.count == 38)
        #expect(snapshot.regions.count == 514)
        #expect(snapshot.regions.filter(\.isAutonomous).count == 508)
        #expect(snapshot.regions.filter { $0.kind == .kabupaten }.count == 416)
        #expect(snapshot.regions.filter { $0.kind == .kota }.count == 98)
        #expect(Set(snapshot.regions.filter { !$0.isAutonomous }.map(\.code))
                == ["31.01", "31.71", "31.72", "31.73", "31.74", "31.75"])
        #expect(index.coverageUnits.count == 509)
    }

    @Test func provincesAndRegionsMatchTheReference() throws {
        let provinces = try RepositoryFiles.reference("provinces.csv")
        let provinceNames = try RepositoryFiles.officialNames("provinceNames")
        let regionNames = try RepositoryFiles.officialNames("regionNameSpellings")
        #expect(provinceNames.keys.sorted() == ["31"], "DK Jakarta, renamed by UU 2/2024")
        #expect(regionNames.count == 8, "Baubau, Palangka Raya, Fakfak, Pangkalpinang, Lubuklinggau, Tanjungpinang, Tolitoli, Tojo Una-Una")
        #expect(provinces.count == snapshot.provinces.count)
        for row in provinces {
            let code = row["code"] ?? ""
            let province = try #require(index.provinceByCode[code])
            let official = provinceNames[code]
            #expect(official == nil || official?.csv == row["name"], "the reference still spells \(code) the old way")
            #expect(province.name == official?.name ?? row["name"])
            #expect(province.islandGroup.rawValue == row["island_group"]?.lowercased().replacingOccurrences(of: " ", with: "-"))
        }
        let regions = try RepositoryFiles.reference("regencies.csv")
        #expect(regions.count == snapshot.regions.count)
        for row in regions {
            let region = try #require(index.regionByCode[row["code"] ?? ""])
            #expect(region.provinceCode == row["province_code"])
            #expect(region.kind.rawValue == row["type"])
            let official = regionNames[region.code]
            #expect(official == nil || official?.csv == row["name"], "the reference still spells \(region.code) the old way")
            #expect(region.name == official?.name ?? row["name"])
        }
    }

    /// A name with every old spelling replaced by the official one, as whole words.
    func officialSpelling(_ name: String, _ spellings: [(csv: String, name: String)]) -> String {
        spellings.reduce(name) { name, spelling in
            name.replacingOccurrences(of: "\\b\(spelling.csv)\\b", with: spelling.name, options: .regularExpression)
        }
    }

    @Test func everyNamedMallOfTheReferenceIsPresentWithItsDateAndSource() throws {
        let rows = try RepositoryFiles.reference("mpp_known.csv")
        let spellings = Array(try RepositoryFiles.officialNames("regionNameSpellings").values)
            + Array(try RepositoryFiles.officialNames("provinceNames").values)
        #expect(rows.count == 193)
        #expect(snapshot.malls.count == rows.count + 51, "the 193 of the reference and 51 more from the additions")
        for row in rows {
            let code = row["region_code"] ?? ""
            let place: Place = code.contains(".") ? .region(code) : .province(code)
            let mall = try #require(index.mallsByPlace[place]?.first, "no mall for \(code)")
            #expect(mall.name == officialSpelling(row["mpp_name"] ?? "", spellings))
            if let date = row["inaugurated_on"], !date.isEmpty {
                let recorded = mall.event(.inaugurated) ?? mall.event(.operating)
                #expect(recorded?.date?.description == date, "date of \(mall.id)")
            } else {
                #expect(mall.event(.inaugurated)?.date == nil, "\(mall.id) has no inauguration date in the reference")
            }
            let urls = (mall.sources + mall.stages.flatMap(\.sources)).compactMap { index.sourceByID[$0]?.url }
            #expect(urls.contains(row["source"] ?? ""), "source of \(mall.id)")
        }
    }

    @Test(.enabled(if: RepositoryFiles.hasSharedData, "needs ../shared/data beside the checkout"),
          arguments: ["provinces.csv", "regencies.csv", "mpp_known.csv", "regency_centroids.csv", "province_centroids.csv"])
    func referenceCopiesAreCurrent(_ name: String) throws {
        let copy = try Data(contentsOf: RepositoryFiles.root.appendingPathComponent("Data/reference/\(name)"))
        let shared = try Data(contentsOf: RepositoryFiles.sharedData.appendingPathComponent(name))
        #expect(copy == shared)
    }

    @Test func hasACentroidForEveryRegionAndProvince() throws {
        #expect(Set(GeoCentroids.regions.keys) == Set(snapshot.regions.map(\.code)))
        #expect(Set(GeoCentroids.provinces.keys) == Set(snapshot.provinces.map(\.code)))
        let makassar = try #require(GeoCentroids.regions["73.71"])
        #expect(abs(makassar.latitude - -5.14) < 0.2 && abs(makassar.longitude - 119.43) < 0.2)
    }

    @Test func keepsTheSeventhOfMarchConflictSideBySide() throws {
        let conflict = try #require(index.conflicts(involving: "batch:2024-03-07").first)
        let values = conflict.claims.compactMap(\.value)
        #expect(values.contains(17) && values.contains(16))
        let seed = try #require(index.sourceByID["liputan6-2024-03-07"])
        #expect(seed.url == nil)
        #expect(conflict.claims.contains { $0.sources.contains(seed.id) })
        let batch = try #require(snapshot.batches.first { $0.id == "2024-03-07" })
        #expect(batch.announcements.map { "\($0.count) \($0.reporter.rawValue)" } == ["16 kemenpanrb", "17 press"],
                "the ministry's caption lists 16, the Liputan6 preview announced 17")
        #expect(batch.mallIDs.count == 16)
        #expect(!batch.mallIDs.contains("mpp-73.17"))
        let luwu = try #require(index.mallByID["mpp-73.17"])
        #expect(luwu.event(.inaugurated)?.date?.description == "2024-06-24")
        #expect(!index.conflicts(involving: "total:2024-03-07").isEmpty)
        #expect(index.conflicts(involving: "mall:mpp-73.17").map(\.id).contains("batch-2024-03-07"), "Kab. Luwu's own page shows it")
    }

    @Test func keepsUnknownsUnknown() throws {
        let batam = try #require(index.mallByID["mpp-21.71"])
        #expect(batam.event(.inaugurated) == nil)
        #expect(snapshot.malls.allSatisfy { $0.portalIntegration == .unknown }, "no source states a per-region integration")
        #expect(snapshot.malls.allSatisfy { mall in mall.counts.allSatisfy { !$0.sources.isEmpty } })
        let counted = snapshot.malls.filter { $0.services != nil || $0.agencies != nil }
        #expect(counted.count >= 40 && counted.count < snapshot.malls.count, "counts only where a source gives them")
        let yearOnly = snapshot.malls.flatMap(\.stages).filter { $0.date?.precision == .year }
        #expect(yearOnly.count >= 20)
    }

    @Test func recordsTheTwentyOneDigitalPilots() throws {
        let pilots = snapshot.digital.filter { $0.stages.contains { $0.stage == .pilot } }
        #expect(pilots.count == 21)
        for adoption in pilots {
            #expect(adoption.stages.first { $0.stage == .pilot }?.date?.description == "2023-06-20")
        }
        let bintan = try #require(index.digitalByPlace[.region("21.01")])
        #expect(bintan.stages.map(\.stage) == [.committed], "one of the 60 of 7 March 2024, named by its own source")
    }

    @Test func theHeadlineFollowsTheMinistrysOwnReports() throws {
        let day = { (text: String) in Day(iso: text)! }
        let latest = index.headline(asOf: day("2026-11-29"))
        #expect(latest.official?.total == 305)
        #expect(latest.official?.date.description == "2025-12-15")
        #expect(latest.official?.reporter == .kemenpanrb)
        #expect(latest.namedOpen == 244)
        #expect(index.headline(asOf: day("2024-04-01")).disputedClaims.compactMap(\.value).sorted() == [191, 192],
                "7 March 2024: 192 announced beforehand, 191 per the June release")
        #expect(index.headline(asOf: day("2024-07-01")).official?.total == 208, "after the batch, not the 191 before it")
        #expect(index.headline(asOf: day("2024-07-01")).disputes.isEmpty)
        let mid2025 = index.headline(asOf: day("2025-07-01"))
        #expect(mid2025.official?.total == 272, "the local ~237 does not replace the official 272")
        #expect(mid2025.laterReports.contains { $0.total == 237 && $0.isApproximate })
        let october = index.headline(asOf: day("2025-11-01"))
        #expect(october.official?.total == 296)
        #expect(october.laterReports.contains { $0.total == 289 && $0.reporter == .kemendagri }, "shown beside, not instead")
    }

    @Test func regionsHaveFourStatusesNeverNoMPPWithoutASource() throws {
        let statuses = index.regionStatuses(asOf: Day(iso: "2026-11-29")!)
        var counts: [String: Int] = [:]
        for status in statuses.values {
            switch status {
            case .administrative: counts["administrative", default: 0] += 1
            case .onRecord: counts["onRecord", default: 0] += 1
            case .coveredByClaim(let claim):
                counts["claim", default: 0] += 1
                #expect(!claim.sources.isEmpty)
            case .noMPPPerSource(let claim):
                counts["noMPP", default: 0] += 1
                #expect(!claim.sources.isEmpty, "no MPP only where a source says so")
            case .notOnRecord: counts["notOnRecord", default: 0] += 1
            }
        }
        #expect(counts["administrative"] == 6)
        #expect(counts.values.reduce(0, +) == 514)
        #expect(statuses["35.05"].map { if case .noMPPPerSource = $0 { true } else { false } } == true, "Kab. Blitar, per the 17 Oct 2025 statement")
        #expect(statuses["35.01"].map { if case .coveredByClaim = $0 { true } else { false } } == true, "Kab. Pacitan: covered, not named")
        #expect(statuses["73.01"] == .notOnRecord, "Kab. Kepulauan Selayar: nothing known, not 'no MPP'")
    }

    /// Written in the current version, the dataset is byte for byte what mppdash writes; written
    /// in an older one (1.0), it reads back unchanged after mppdash writes it as the current one.
    @Test func isStoredInCanonicalForm() throws {
        let written = SnapshotEncoder.encode(snapshot)
        var current = snapshot
        current.version = .current
        #expect(try SnapshotDecoder.decode(written, file: "written.json") == current)
        if snapshot.version == .current {
            #expect(written == Array(BuiltinDataset.json.utf8) + [0x0A])
        }
    }

    @Test func generatedFilesAreUpToDate() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "Data/generate_builtin.py", "--check"]
        process.currentDirectoryURL = RepositoryFiles.root
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "run `python3 Data/generate_builtin.py` and commit the result")
    }
}
