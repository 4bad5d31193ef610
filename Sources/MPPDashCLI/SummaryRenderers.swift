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
        var data = "\(text(.dataSource)): \(language.pick(report.title)) (\(text(.revision)) \(report.revision), "
            + language.text(.dataLatest, language.longDate(report.snapshotDate)) + ")"
        if report.isDataStale { data += " " + text(.dataStale) }
        lines.append(data)
        lines.append("")
        var facts: [(String, String)] = [(text(.reportedTotal), reportedText(report, language))]

        if !report.headline.laterReports.isEmpty {
            facts.append((text(.labelLaterReports),
                          report.headline.laterReports.map { reportText($0, language) }.joined(separator: "; ")))
        }
        facts += [
            (text(.namedMalls), namedText(report, language)),
            (text(.labelClaimed), language.integer(national.claimCovered)),
        ]
        if let unplaced = report.unplaced { facts.append((text(.labelUnplaced), language.integer(unplaced))) }
        facts += [
            (text(.provinces), language.integer(report.provinces)),
            (text(.regions), language.integer(report.regions)),
            (text(.autonomousRegions), language.integer(report.autonomousRegions)),
            (text(.denominator), "\(language.integer(national.units)) (\(text(.denominatorBasis)))"),
            (text(.coverage), coverageText(national, language)),
            (text(.allRegionsBasis), coverageText(report.coverage.allRegions, language)),
            (text(.regionStatuses), statusesText(report.coverage.allRegions, language)),
            (text(.digitalAdoption), language.digitalRecorded(report.digital)),
            (text(.conflictsInData), language.integer(report.conflicts)),
        ]
        let labelWidth = facts.map { $0.0.count }.max() ?? 0
        lines += facts.map { pad($0.0, labelWidth) + "  " + $0.1 }
        if !report.conflictsTouching.isEmpty {
            lines.append("")
            lines.append(text(.conflictsTouching))
            for conflict in report.conflictsTouching {
                let values = conflict.claims.compactMap(\.value).map(language.integer).joined(separator: " / ")
                lines.append("  ! \(language.pick(conflict.topic))" + (values.isEmpty ? "" : " (\(values))") + " [\(conflict.id)]")
            }
        }
        lines.append("")
        lines.append(text(.byIslandGroup))
        for group in IslandGroup.allCases {
            let count = report.coverage.byIslandGroup[group] ?? CoverageCount()
            lines.append("  " + pad(language.name(group), 20) + coverageText(count, language))
        }
        lines.append("")
        lines.append(text(.byProvince))
        let header = [text(.columnCode), text(.columnProvince), text(.columnIslandGroup), text(.columnRegions),
                      text(.columnWithMall), text(.columnClaimed), text(.columnCoverage), text(.columnDigital)]
        var rows: [[String]] = []
        for entry in report.coverage.byProvince {
            let digital = report.digital.byProvince[entry.province.code]?.values.reduce(0, +) ?? 0
            rows.append([entry.province.code, entry.province.name, language.name(entry.province.islandGroup),
                         language.integer(entry.regions),
                         "\(language.integer(entry.coverage.covered + entry.coverage.uncertain))/\(language.integer(entry.coverage.units))",
                         entry.coverage.claimCovered > 0 ? "+" + language.integer(entry.coverage.claimCovered) : "—",
                         language.percent(entry.coverage.knownFraction), digital > 0 ? language.integer(digital) : "—"])
        }
        lines += table(header: header, rows: rows, rightAligned: [3, 4, 5, 6, 7])
        return lines.joined(separator: "\n")
    }

    /// "244 dari 509 (47,9%)" over the units, counting MPPs known by name; the uncertain ones after.
    static func coverageText(_ count: CoverageCount, _ language: Language) -> String {
        var result = "\(language.integer(count.covered)) \(language.text(.outOf)) \(language.integer(count.units)) (\(language.percent(count.fraction)))"
        if count.uncertain > 0 {
            result += "; +\(language.integer(count.uncertain)) \(language.text(.uncertain))"
        }
        if count.claimCovered > 0 {
            result += "; " + language.text(.partClaimed, "+" + language.integer(count.claimCovered))
        }
        return result
    }

    /// Every kabupaten/kota by its status, in the status's own words.
    static func statusesText(_ count: CoverageCount, _ language: Language) -> String {
        [(language.text(.partNamed, language.integer(count.covered + count.uncertain))),
         language.text(.partClaimed, language.integer(count.claimCovered)),
         language.text(.partNoMPP, language.integer(count.noMPPPerSource)),
         language.text(.partNotOnRecord, language.integer(count.notOnRecord)),
         language.text(.partAdministrative, language.integer(count.administrative))].joined(separator: "; ")
    }

    static func namedText(_ report: SummaryReport, _ language: Language) -> String {
        var result = language.integer(report.coverage.openMalls)
        if report.coverage.possiblyOpenMalls > 0 {
            result += "; +\(language.integer(report.coverage.possiblyOpenMalls)) \(language.text(.possiblyOpen))"
        }
        return result
    }

    /// "305 (KemenPAN-RB, 15 Des 2025; 59,9% dari 509) [sources]", a disputed total with every
    /// value; "belum ada laporan" without an official total.
    static func reportedText(_ report: SummaryReport, _ language: Language) -> String {
        guard let official = report.headline.official else { return language.text(.headlineNone) }
        let values = Set([official.total] + report.headline.disputedClaims.compactMap(\.value)).sorted()
        let total = values.count > 1 ? values.map(language.integer).joined(separator: " / ") + " !" : language.total(official)
        let units = report.coverage.national.units
        let share = units == 0 ? 0 : Double(official.total) / Double(units)
        return "\(total) (\(language.name(official.reporter)), \(language.date(official.date)); "
            + language.text(.headlineShare, language.percent(share), language.integer(units)) + ") [\(official.sources.joined(separator: ", "))]"
    }

    /// "Kemendagri 289 (18 Okt 2025)".
    static func reportText(_ report: ReportedTotal, _ language: Language) -> String {
        "\(language.name(report.reporter)) \(language.total(report)) (\(language.date(report.date)))"
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

/// `mppdash summary --format json`: the figures for scripts, keys in English whatever `--lang`;
/// what is not recorded is `null`, never 0.
enum SummaryJSON {
    static func render(_ report: SummaryReport) -> String {
        let national = report.coverage.national
        let headline = report.headline
        var fields: [String: JSONValue] = [
            "asOf": .string(report.asOf.description),
            "today": .string(report.today.description),
            "snapshotDate": .string(report.snapshotDate.description),
            "dataStale": .bool(report.isDataStale),
            "revision": .integer(report.revision),
            "provinces": .integer(report.provinces),
            "regions": .integer(report.regions),
            "autonomousRegions": .integer(report.autonomousRegions),
            "denominator": .integer(national.units),
            "coveredUnits": .integer(national.covered),
            "uncertainUnits": .integer(national.uncertain),
            "claimCoveredUnits": .integer(national.claimCovered),
            "coverage": .decimal(national.fraction),
            "knownCoverage": .decimal(national.knownFraction),
            "namedMalls": .integer(report.coverage.openMalls),
            "namedMallsUncertain": .integer(report.coverage.possiblyOpenMalls),
            "reportedTotal": .integer(headline.official?.total),
            "reportedTotalDate": .string(headline.official?.date.description),
            "reportedTotalReporter": .string(headline.official?.reporter.rawValue),
            "reportedTotalSources": headline.official.map { .strings($0.sources) } ?? .null,
            "disputedValues": .array(Set(headline.disputedClaims.compactMap(\.value)).sorted().map { .integer($0) }),
            "laterReports": .array(headline.laterReports.map(reportJSON)),
            "unplaced": .integer(report.unplaced),
            "gap": .integer(headline.official.map { $0.total - report.coverage.openMalls }),
            "conflicts": .integer(report.conflicts),
            "conflictsTouching": .array(report.conflictsTouching.map { conflict in
                .object(["id": .string(conflict.id), "subject": .string(conflict.subject),
                         "topic": textJSON(conflict.topic),
                         "values": .array(conflict.claims.compactMap(\.value).map { .integer($0) })])
            }),
        ]
        fields["coverageAllRegions"] = countJSON(report.coverage.allRegions, unitsKey: "regions")
        fields["digital"] = digitalJSON(report.digital)
        fields["byIslandGroup"] = .array(IslandGroup.allCases.map { group in
            var object = countFields(report.coverage.byIslandGroup[group] ?? CoverageCount(), unitsKey: "units")
            object["islandGroup"] = .string(group.rawValue)
            return .object(object)
        })
        fields["byProvince"] = .array(report.coverage.byProvince.map { entry in
            var object = countFields(entry.coverage, unitsKey: "units")
            object["code"] = .string(entry.province.code)
            object["name"] = .string(entry.province.name)
            object["islandGroup"] = .string(entry.province.islandGroup.rawValue)
            object["regions"] = .integer(entry.regions)
            object["autonomousRegions"] = .integer(entry.autonomousRegions)
            object["namedMalls"] = .integer(entry.openMalls)
            object["digital"] = .integer(report.digital.byProvince[entry.province.code]?.values.reduce(0, +) ?? 0)
            return .object(object)
        })
        return String(decoding: CanonicalJSON.encode(.object(fields)), as: UTF8.self)
    }

    /// The regions per MPP Digital stage; `null` for a stage with none on record per region (the
    /// national figures reported without names are milestones, not zeros).
    static func digitalJSON(_ digital: DigitalAdoptionSummary) -> JSONValue {
        var object: [String: JSONValue] = ["uncertain": .integer(digital.uncertain)]
        for stage in DigitalStage.allCases {
            let count = digital.byStage[stage] ?? 0
            object[stage.rawValue] = count > 0 ? .integer(count) : .null
        }
        return .object(object)
    }

    static func countFields(_ count: CoverageCount, unitsKey: String) -> [String: JSONValue] {
        [unitsKey: .integer(count.units), "withMall": .integer(count.covered), "uncertain": .integer(count.uncertain),
         "claimCovered": .integer(count.claimCovered), "noMallPerSource": .integer(count.noMPPPerSource),
         "notOnRecord": .integer(count.notOnRecord), "coverage": .decimal(count.fraction),
         "knownCoverage": .decimal(count.knownFraction)]
    }

    static func countJSON(_ count: CoverageCount, unitsKey: String) -> JSONValue {
        var object = countFields(count, unitsKey: unitsKey)
        object["administrative"] = .integer(count.administrative)
        return .object(object)
    }

    static func reportJSON(_ report: ReportedTotal) -> JSONValue {
        .object(["total": .integer(report.total), "date": .string(report.date.description),
                 "reporter": .string(report.reporter.rawValue), "approximate": .bool(report.isApproximate),
                 "ordinal": .bool(report.isOrdinal), "sources": .strings(report.sources),
                 "note": report.note.map(textJSON) ?? .null])
    }

    static func textJSON(_ text: LocalizedText) -> JSONValue {
        .object(["id": .string(text.indonesian), "en": .string(text.english)])
    }
}
