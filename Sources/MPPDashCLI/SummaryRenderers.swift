import JSONSupport
import RolloutData
import Localization

/// `mppdash summary` as plain text, in the chosen language.
enum SummaryText {
    static func render(_ report: SummaryReport, _ language: Language) -> String {
        let text = language.text
        let national = report.coverage.national
        var lines: [String] = []
        lines.append("\(text(.summaryTitle)) — \(text(.asOf)) \(language.longDate(report.asOf))")
        lines.append("\(text(.dataSource)): \(language.pick(report.title)) (\(text(.revision)) \(report.revision), \(language.date(report.snapshotDate)))")
        lines.append("")
        var facts: [(String, String)] = [
            (text(.provinces), language.integer(report.provinces)),
            (text(.regions), language.integer(report.regions)),
            (text(.autonomousRegions), language.integer(report.autonomousRegions)),
            (text(.denominator), "\(language.integer(national.units)) (\(text(.denominatorBasis)))"),
            (text(.coverage), coverageText(national, language)),
            (text(.allRegionsBasis), coverageText(report.coverage.allRegions, language)),
            (text(.namedMalls), namedText(report, language)),
            (text(.reportedTotal), reportedText(report.reported, language)),
        ]
        if let gap = report.reported.gap {
            facts.append((text(.gapReportedNamed), language.integer(gap)))
        }
        facts.append((text(.digitalAdoption), language.digitalRecorded(report.digital)))
        facts.append((text(.conflictsInData), language.integer(report.conflicts)))
        let labelWidth = facts.map { $0.0.count }.max() ?? 0
        lines += facts.map { pad($0.0, labelWidth) + "  " + $0.1 }
        lines.append("")
        lines.append(text(.byIslandGroup))
        for group in IslandGroup.allCases {
            let count = report.coverage.byIslandGroup[group] ?? CoverageCount()
            lines.append("  " + pad(language.name(group), 20) + coverageText(count, language))
        }
        lines.append("")
        lines.append(text(.byProvince))
        let header = [text(.columnCode), text(.columnProvince), text(.columnIslandGroup), text(.columnRegions),
                      text(.columnWithMall), text(.columnCoverage), text(.columnDigital)]
        var rows: [[String]] = []
        for entry in report.coverage.byProvince {
            let digital = report.digital.byProvince[entry.province.code]?.values.reduce(0, +) ?? 0
            rows.append([entry.province.code, entry.province.name, language.name(entry.province.islandGroup),
                         language.integer(entry.regions),
                         "\(language.integer(entry.coverage.covered))/\(language.integer(entry.coverage.units))",
                         language.percent(entry.coverage.fraction), language.integer(digital)])
        }
        lines += table(header: header, rows: rows, rightAligned: [3, 4, 5, 6])
        return lines.joined(separator: "\n")
    }

    static func coverageText(_ count: CoverageCount, _ language: Language) -> String {
        var result = "\(language.integer(count.covered)) \(language.text(.outOf)) \(language.integer(count.units)) (\(language.percent(count.fraction)))"
        if count.uncertain > 0 {
            result += "; +\(language.integer(count.uncertain)) \(language.text(.uncertain))"
        }
        return result
    }

    static func namedText(_ report: SummaryReport, _ language: Language) -> String {
        var result = language.integer(report.coverage.openMalls)
        if report.coverage.possiblyOpenMalls > 0 {
            result += "; +\(language.integer(report.coverage.possiblyOpenMalls)) \(language.text(.possiblyOpen))"
        }
        return result
    }

    static func reportedText(_ reported: ReportedVersusNamed, _ language: Language) -> String {
        guard let first = reported.latestReports.first else { return language.text(.noReportYet) }
        let date = language.date(first.date)
        if let total = reported.reportedTotal { return "\(language.integer(total)) (\(date))" }
        let values = reported.latestReports.map { language.integer($0.total) }.joined(separator: " / ")
        return "\(values) (\(date); \(language.text(.reportedTotalsDisagree)))"
    }

    /// Columns padded to their widest cell.
    static func table(header: [String], rows: [[String]], rightAligned: Set<Int>) -> [String] {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { column, cell in
                rightAligned.contains(column) ? padLeft(cell, widths[column]) : pad(cell, widths[column])
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    static func padLeft(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}

/// `mppdash summary --format json`: the figures for scripts, keys in English whatever `--lang`.
enum SummaryJSON {
    static func render(_ report: SummaryReport) -> String {
        let national = report.coverage.national
        let reported = report.reported
        let value: JSONValue = .object([
            "asOf": .string(report.asOf.description),
            "snapshotDate": .string(report.snapshotDate.description),
            "revision": .integer(report.revision),
            "provinces": .integer(report.provinces),
            "regions": .integer(report.regions),
            "autonomousRegions": .integer(report.autonomousRegions),
            "denominator": .integer(national.units),
            "coveredUnits": .integer(national.covered),
            "uncertainUnits": .integer(national.uncertain),
            "coverage": .decimal(national.fraction),
            "coverageAllRegions": .object([
                "regions": .integer(report.coverage.allRegions.units),
                "withMall": .integer(report.coverage.allRegions.covered),
                "uncertain": .integer(report.coverage.allRegions.uncertain),
                "coverage": .decimal(report.coverage.allRegions.fraction),
            ]),
            "namedMalls": .integer(report.coverage.openMalls),
            "namedMallsUncertain": .integer(report.coverage.possiblyOpenMalls),
            "reportedTotal": .integer(reported.reportedTotal),
            "reportedTotalDate": .string(reported.latestReports.first?.date.description),
            "reportedTotals": .array(reported.latestReports.map { report in
                .object(["total": .integer(report.total), "date": .string(report.date.description),
                         "sources": .strings(report.sources), "note": .string(Language.english.pick(report.note))])
            }),
            "gap": .integer(reported.gap),
            "digital": .object(Dictionary(uniqueKeysWithValues: DigitalStage.allCases.map {
                ($0.rawValue, JSONValue.integer(report.digital.byStage[$0] ?? 0))
            }) .merging(["uncertain": .integer(report.digital.uncertain)]) { first, _ in first }),
            "conflicts": .integer(report.conflicts),
            "byIslandGroup": .array(IslandGroup.allCases.map { group in
                let count = report.coverage.byIslandGroup[group] ?? CoverageCount()
                return .object(["islandGroup": .string(group.rawValue), "units": .integer(count.units),
                                "withMall": .integer(count.covered), "uncertain": .integer(count.uncertain),
                                "coverage": .decimal(count.fraction)])
            }),
            "byProvince": .array(report.coverage.byProvince.map { entry in
                .object(["code": .string(entry.province.code), "name": .string(entry.province.name),
                         "islandGroup": .string(entry.province.islandGroup.rawValue),
                         "regions": .integer(entry.regions), "autonomousRegions": .integer(entry.autonomousRegions),
                         "units": .integer(entry.coverage.units), "withMall": .integer(entry.coverage.covered),
                         "uncertain": .integer(entry.coverage.uncertain), "coverage": .decimal(entry.coverage.fraction),
                         "namedMalls": .integer(entry.openMalls),
                         "digital": .integer(report.digital.byProvince[entry.province.code]?.values.reduce(0, +) ?? 0)])
            }),
        ])
        return String(decoding: CanonicalJSON.encode(value), as: UTF8.self)
    }
}
