import Localization
import RolloutData
import Spreadsheet

/// The tables `mppdash export` writes as CSV or Markdown, one row per record, with every date in
/// ISO form with its own precision, an empty cell for an unknown value, and texts in English
/// (marked "[ID] " where the data has Bahasa Indonesia only).
enum ExportTable: String, CaseIterable {
    case rollout, malls, provinces, regions, totals, batches, conflicts

    func table(_ index: RolloutIndex, asOf day: Day) -> CSVTable {
        switch self {
        case .rollout: return CSVTable(header: RolloutSheet.header, rows: RolloutSheet.rows(index))
        case .malls: return ExportTables.malls(index)
        case .provinces: return ExportTables.provinces(SummaryReport(index: index, asOf: day, today: day))
        case .regions: return ExportTables.regions(index, asOf: day)
        case .totals: return ExportTables.totals(index)
        case .batches: return ExportTables.batches(index)
        case .conflicts: return ExportTables.conflicts(index)
        }
    }
}

enum ExportTables {
    static func malls(_ index: RolloutIndex) -> CSVTable {
        let rows = index.snapshot.malls.sorted { $0.id < $1.id }.map { mall -> [String] in
            let region: Region? = if case .region(let code) = mall.place { index.regionByCode[code] } else { nil }
            let province = index.provinceByCode[mall.place.provinceCode]
            return [mall.id, mall.name, region?.code ?? "", region?.name ?? "", province?.code ?? "",
                    province?.name ?? "", province?.islandGroup.rawValue ?? "",
                    mall.stages.last?.stage.rawValue ?? ""]
                + MallStage.allCases.map { stage in mall.event(stage)?.date?.description ?? "" }
                + [mall.portalIntegration.rawValue, mall.services.map(String.init) ?? "",
                   mall.agencies.map(String.init) ?? "", sourceIDs(mall, index), urls(allSources(mall), index),
                   text(mall.note)]
        }
        return CSVTable(
            header: ["id", "name", "region_code", "region_name", "province_code", "province_name", "island_group",
                     "stage"] + MallStage.allCases.map { "\($0.rawValue)_date" }
                + ["portal_integration", "services", "agencies", "sources", "source_urls", "note"],
            rows: rows)
    }

    static func provinces(_ report: SummaryReport) -> CSVTable {
        let rows = report.coverage.byProvince.map { entry in
            [entry.province.code, entry.province.name, entry.province.islandGroup.rawValue, String(entry.regions),
             String(entry.autonomousRegions), String(entry.coverage.units), String(entry.coverage.covered),
             String(entry.coverage.uncertain), String(entry.coverage.claimCovered), String(entry.coverage.noMPPPerSource),
             String(entry.coverage.notOnRecord), fraction(entry.coverage.fraction), fraction(entry.coverage.knownFraction),
             String(entry.openMalls), String(report.digital.byProvince[entry.province.code]?.values.reduce(0, +) ?? 0)]
        }
        return CSVTable(
            header: ["code", "name", "island_group", "regions", "autonomous_regions", "units", "with_mall",
                     "uncertain", "claim_covered", "no_mall_per_source", "not_on_record", "coverage", "known_coverage",
                     "named_malls", "digital"],
            rows: rows)
    }

    static func regions(_ index: RolloutIndex, asOf day: Day) -> CSVTable {
        let rows = index.snapshot.regions.sorted { $0.code < $1.code }.map { region -> [String] in
            let malls = index.mallsByPlace[.region(region.code)] ?? []
            let open = malls.map { $0.openCertainty(asOf: day, knownBy: index.snapshot.asOf) }.max() ?? .no
            let digital = index.digitalByPlace[.region(region.code)]?.stage(asOf: day, knownBy: index.snapshot.asOf)
            let status = index.regionStatus(region.code, asOf: day) ?? .notOnRecord
            return [region.code, region.provinceCode, region.kind.rawValue, region.name, String(region.isAutonomous),
                    certaintyText(open), malls.map(\.id).joined(separator: " ")] + statusCells(status)
                + [digital.map { $0.certainty == .yes ? $0.stage.rawValue : "\($0.stage.rawValue)?" } ?? ""]
        }
        return CSVTable(
            header: ["code", "province_code", "kind", "name", "autonomous", "has_open_mall", "malls", "status",
                     "status_claim", "status_date", "digital_stage"],
            rows: rows)
    }

    static func totals(_ index: RolloutIndex) -> CSVTable {
        let totals = index.snapshot.reportedTotals.sorted(by: ReportedTotal.inCanonicalOrder)
        return CSVTable(
            header: ["date", "total", "sources", "source_urls", "note"],
            rows: totals.map { [$0.date.description, String($0.total), $0.sources.joined(separator: " "),
                                urls($0.sources, index), text($0.note)] })
    }

    static func batches(_ index: RolloutIndex) -> CSVTable {
        CSVTable(
            header: ["id", "date", "kind", "announced", "named", "malls", "sources", "source_urls", "note"],
            rows: index.batchesInDateOrder.map { batch in
                [batch.id, batch.date?.description ?? "", batch.kind.rawValue,
                 batch.announcedCounts.map(String.init).joined(separator: " / "),
                 String(batch.mallIDs.count), batch.mallIDs.joined(separator: " "), batch.sources.joined(separator: " "),
                 urls(batch.sources, index), text(batch.note)]
            })
    }

    static func conflicts(_ index: RolloutIndex) -> CSVTable {
        var rows: [[String]] = []
        for conflict in index.snapshot.conflicts.sorted(by: { $0.id < $1.id }) {
            for (position, claim) in conflict.claims.enumerated() {
                rows.append([conflict.id, conflict.subject, text(conflict.topic), String(position + 1), text(claim.text),
                             claim.value.map(String.init) ?? "", claim.date?.description ?? "",
                             claim.sources.joined(separator: " "), urls(claim.sources, index), text(conflict.resolution)])
            }
        }
        return CSVTable(
            header: ["conflict", "subject", "topic", "claim", "text", "value", "date", "sources", "source_urls",
                     "resolution"],
            rows: rows)
    }

    // MARK: Cells

    static func fraction(_ value: Double) -> String {
        let rounded = (value * 10_000).rounded() / 10_000
        return String(rounded)
    }

    /// A text of the data in English; empty for none.
    static func text(_ text: LocalizedText?) -> String {
        Language.english.pick(text) ?? ""
    }

    /// A region's status (`on-record`, `covered-by-claim`, `no-mall-per-source`, `not-on-record`,
    /// `administrative`), the coverage claim it rests on, and that claim's date.
    static func statusCells(_ status: RegionStatus) -> [String] {
        switch status {
        case .administrative: return ["administrative", "", ""]
        case .onRecord: return ["on-record", "", ""]
        case .coveredByClaim(let claim): return ["covered-by-claim", claim.id, claim.date.description]
        case .noMPPPerSource(let claim): return ["no-mall-per-source", claim.id, claim.date.description]
        case .notOnRecord: return ["not-on-record", "", ""]
        }
    }

    static func certaintyText(_ certainty: Certainty) -> String {
        switch certainty {
        case .yes: return "yes"
        case .possibly: return "possibly"
        case .no: return "no"
        }
    }

    static func allSources(_ mall: Mall) -> [String] {
        var seen: Set<String> = []
        return (mall.sources + mall.stages.flatMap(\.sources)).filter { seen.insert($0).inserted }
    }

    static func sourceIDs(_ mall: Mall, _ index: RolloutIndex) -> String {
        allSources(mall).joined(separator: " ")
    }

    /// The URLs of sources, or their titles for sources known only by title.
    static func urls(_ ids: [String], _ index: RolloutIndex) -> String {
        ids.compactMap { id in index.sourceByID[id].map { $0.url ?? $0.title } }.joined(separator: " ; ")
    }
}
