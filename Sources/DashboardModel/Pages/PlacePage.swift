package import TerminalCanvas
import Localization
package import RolloutData

/// The lines above a province's kabupaten/kota: its name, island group and number of regions,
/// its coverage by kind, and the provincial report it rests on.
package enum PlacePage {
    /// At most `ScreenLayout.provinceHeaderLines` lines; none for a province the data lacks.
    package static func provinceLines(_ code: String, _ state: DashboardState) -> [(String, StyleRole)] {
        guard let entry = state.figures.coverage.byProvince.first(where: { $0.province.code == code }) else { return [] }
        let language = state.language
        let separator = state.glyphs.separator
        let coverage = entry.coverage
        var lines: [(String, StyleRole)] = [(
            [entry.province.name, language.name(entry.province.islandGroup),
             "\(language.integer(entry.regions)) \(language.text(.regions).lowercased())"].joined(separator: separator), .header)]
        let known = coverage.covered + coverage.uncertain + coverage.claimCovered
        var parts = [language.text(.partNamed, language.integer(coverage.covered + coverage.uncertain))]
        if coverage.claimCovered > 0 { parts.append(language.text(.partClaimed, language.integer(coverage.claimCovered))) }
        if coverage.noMPPPerSource > 0 {
            parts.append(language.text(.partNoMPP, language.integer(coverage.noMPPPerSource)))
        }
        lines.append(("\(language.text(.coverage)) \(language.integer(known))/\(language.integer(coverage.units)) "
                      + "(\(language.percent(coverage.knownFraction))): " + parts.joined(separator: separator), .text))
        if let claim = latestClaim(code, state) {
            lines.append((ClaimText.summary(claim, state), .chart2))
        }
        return lines
    }

    /// The latest coverage claim about a province made by the as-of day.
    package static func latestClaim(_ provinceCode: String, _ state: DashboardState) -> CoverageClaim? {
        state.store.snapshot.coverageClaims
            .filter { $0.provinceCode == provinceCode && $0.date.lastDay <= state.asOf }
            .max { ($0.date.lastDay, $0.id) < ($1.date.lastDay, $1.id) }
    }
}

/// A coverage claim in words: "Laporan 12 Desember 2024: semua kab/kota memiliki MPP [sources]".
package enum ClaimText {
    package static func summary(_ claim: CoverageClaim, _ state: DashboardState) -> String {
        let language = state.language
        let index = state.store.index
        let what: String
        switch claim.covers {
        case .all:
            let except = claim.except.compactMap { index.regionByCode[$0]?.shortName }
            what = except.isEmpty ? language.text(.claimAll) : language.text(.claimAllExcept, except.joined(separator: ", "))
        case .none: what = language.text(.claimNone)
        case .listed: what = language.text(.claimListed, language.integer(claim.regions.count))
        }
        return language.text(.claimLine, language.longDate(claim.date), what) + " [" + claim.sources.joined(separator: ", ") + "]"
    }
}
