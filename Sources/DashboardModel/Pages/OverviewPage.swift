package import TerminalCanvas
import Localization
package import RolloutData

/// The texts of the Overview that need more than the day's figures: who reported the totals that
/// came after the official one, and the latest batch with its MPPs and conflicts.
package enum OverviewPage {
    /// The parts of the 509 coverage units the headline gauge shows, in its order.
    package struct CoverageParts {
        package var named: Int
        package var claimed: Int
        /// Reported by the official total but not placed: neither known by name nor covered by a
        /// provincial report.
        package var unplaced: Int
        package var rest: Int

        package init(_ headline: Headline, units: Int, national: CoverageCount) {
            named = national.covered + national.uncertain
            claimed = national.claimCovered
            unplaced = max(0, min(units - named - claimed, (headline.official?.total ?? 0) - named - claimed))
            rest = max(0, units - named - claimed - unplaced)
        }
    }

    /// The values of the official total, with those of the conflicts that dispute it, each once,
    /// smallest first: one value when nothing disputes it.
    package static func reportedValues(_ headline: Headline) -> [Int] {
        guard let official = headline.official else { return [] }
        return Set([official.total] + headline.disputedClaims.compactMap(\.value)).sorted()
    }

    /// A reported total's share of the coverage units.
    package static func share(_ total: ReportedTotal, units: Int) -> Double {
        units == 0 ? 0 : Double(total.total) / Double(units)
    }

    /// The Overview's figures as label/value rows for an export: the reported total and its
    /// share, the parts of the gauge, the count over all 514, MPP Digital by stage, the MPPs
    /// opened per year and the latest batch. Unknown stays unknown.
    package static func exportRows(_ state: DashboardState) -> [(label: String, value: ExportValue)] {
        let language = state.language
        let figures = state.figures
        let headline = figures.headline
        let national = figures.coverage.national
        let parts = CoverageParts(headline, units: national.units, national: national)
        let official = headline.official
        var rows: [(label: String, value: ExportValue)] = [
            (language.text(.exportReportedTotal, official.map { language.name($0.reporter) } ?? "KemenPAN-RB"), .integer(official?.total)),
            (language.text(.exportTotalDate), .text(official?.date.description)),
            (language.text(.exportShare), official.map { .decimal(share($0, units: national.units)) } ?? .unknown),
            (language.text(.exportTarget), .integer(national.units)),
            (language.text(.exportNamed), .integer(national.covered)),
            (language.text(.exportUncertain), .integer(national.uncertain)),
            (language.text(.exportClaimed), .integer(parts.claimed)),
            (language.text(.exportUnplaced), official == nil ? .unknown : .integer(parts.unplaced)),
            (language.text(.exportRest), .integer(parts.rest)),
            (language.text(.exportCovered514), .integer(figures.coverage.allRegions.covered)),
            (language.text(.exportShare514), .decimal(figures.coverage.allRegions.fraction)),
        ]
        rows += DigitalStage.allCases.map { (language.text(.exportDigitalStage, language.name($0)), .integer(figures.digital.byStage[$0] ?? 0)) }
        rows.append((language.text(.exportDigitalUncertain), .integer(figures.digital.uncertain)))
        for entry in figures.openingsPerYear {
            let year = entry.year.map(String.init) ?? language.text(.undated)
            rows.append((language.text(.exportOpened, year), .integer(entry.certain)))
            rows.append((language.text(.exportOpenedUncertain, year), .integer(entry.uncertain)))
        }
        if let batch = figures.latestBatch {
            rows.append((language.text(.exportLatestBatchDate), ListCatalog.dateValue(batch.date)))
            rows.append((language.text(.exportLatestBatchNamed), .integer(batch.mallIDs.count)))
        }
        return rows
    }

    /// The three latest reports after the official total, newest first: "Liputan6.com 230 (1 Mei 2025)".
    package static func laterReports(_ state: DashboardState) -> [String] {
        let language = state.language
        return state.figures.headline.laterReports.suffix(3).reversed().map { report in
            "\(RecordNames.reporter(report.reporter, sources: report.sources, state)) \(language.total(report)) (\(language.date(report.date)))"
        }
    }

    /// The latest batch by the as-of day: its date, kind and counts, its MPPs by name (one per
    /// line, or in one paragraph where rows are short), its conflicts.
    package static func latestBatchLines(_ state: DashboardState, onePerLine: Bool) -> [(String, StyleRole)] {
        let language = state.language
        guard let batch = state.figures.latestBatch else { return [(language.text(.noBatchYet), .unknown)] }
        let kind = language.text(batch.kind == .inauguration ? .batchInauguration : .batchSoftLaunch)
        let announced = language.announced(batch) ?? state.glyphs.emDash
        let separator = state.glyphs.separator
        let conflicts = state.store.index.conflicts(involving: Subject.batch(batch.id))
        var lines: [(String, StyleRole)] = [(
            "\(language.longDate(batch.date, unknown: state.glyphs.emDash))\(separator)\(kind)\(separator)\(language.text(.batchCounts, announced, language.integer(batch.mallIDs.count)))",
            conflicts.isEmpty ? .header : .conflict)]
        let names = batch.mallIDs.compactMap { state.store.index.mallByID[$0]?.name }
        if onePerLine {
            lines += names.map { ($0, .text) }
        } else {
            lines.append((names.joined(separator: ", "), .text))
        }
        for conflict in conflicts { lines.append(("! " + language.pick(conflict.topic), .conflict)) }
        return lines
    }
}
