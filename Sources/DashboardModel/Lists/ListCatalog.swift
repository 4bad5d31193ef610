package import Localization
package import RolloutData
package import TerminalCanvas

/// The table behind every list screen, built from the state: rows with their cells, sort keys,
/// search text, facets and drill-down targets. Nil for screens that are not lists.
package enum ListCatalog {
    package static func spec(for route: Route, _ state: DashboardState) -> ListSpec? {
        switch route {
        case .screen(.provinces): return provinces(state)
        case .screen(.regions): return allRegions(state)
        case .screen(.timeline): return batches(state)
        case .screen(.digital): return digital(state)
        case .screen(.islands): return islands(state)
        case .province(let code): return regions(of: code, state)
        case .screen(.conflicts): return conflicts(state)
        case .batch(let id): return members(of: id, state)
        case .screen(.overview), .screen(.map), .region, .mall, .conflict, .help: return nil
        }
    }

    // MARK: Provinces

    package static func provinces(_ state: DashboardState) -> ListSpec {
        let language = state.language
        let columns = [TableColumn(language.text(.columnCode), width: 4),
                       TableColumn(language.text(.columnProvince), width: 26, minWidth: 15, flexible: true),
                       TableColumn(language.text(.columnIslandGroup), width: 18, minWidth: 8, flexible: true),
                       TableColumn(language.text(.columnRegions), width: 8, alignment: .right)]
            + coverageColumns(language)
            + [TableColumn(language.text(.columnDigitalShort), width: 7, alignment: .right)]
        let rows = state.figures.coverage.byProvince.map { entry -> ListRow in
            let coverage = entry.coverage
            let stages = state.figures.digital.byProvince[entry.province.code] ?? [:]
            let digital = stages.values.reduce(0, +)
            let group = language.name(entry.province.islandGroup)
            return ListRow(
                id: entry.province.code,
                cells: [TableCell(entry.province.code, role: .muted), TableCell(entry.province.name),
                        TableCell(group, role: .muted), TableCell(language.integer(entry.regions))]
                    + coverageCells(coverage, state)
                    + [TableCell(digital > 0 ? language.integer(digital) : state.glyphs.emDash, role: digital > 0 ? .digital : .muted)],
                sortKeys: [.text(entry.province.code), .text(SearchText.fold(entry.province.name)), .text(group),
                           .number(Double(entry.regions))] + coverageSortKeys(coverage) + [.number(Double(digital))],
                searchText: "\(entry.province.code) \(entry.province.name)",
                facets: RowFacets(islandGroup: entry.province.islandGroup, coverage: coverageStatus(coverage),
                                  digital: RowFacets.digital(DigitalStage.allCases.filter { (stages[$0] ?? 0) > 0 })),
                target: .province(entry.province.code),
                values: [.text(entry.province.code), .text(entry.province.name), .text(group), .integer(entry.regions)]
                    + coverageValues(coverage, state) + [.integer(digital)])
        }
        return ListSpec(columns: columns, rows: rows, facets: [.islandGroup, .coverage, .digital])
    }

    /// The coverage columns of the province and island-group tables: units with an MPP known by
    /// name, units a provincial report covers besides, the share of both, and both as a bar.
    package static func coverageColumns(_ language: Language) -> [TableColumn] {
        [TableColumn(language.text(.columnWithMall), width: 18, minWidth: 9, alignment: .right, flexible: true),
         TableColumn(language.text(.columnClaimed), width: 10, minWidth: 7, alignment: .right),
         TableColumn(language.text(.columnCoverage), width: 8, minWidth: 7, alignment: .right),
         TableColumn("", width: 12, minWidth: 6, flexible: true)]
    }

    package static func coverageCells(_ coverage: CoverageCount, _ state: DashboardState) -> [TableCell] {
        let language = state.language
        let status = coverageStatus(coverage)
        var named = "\(language.integer(coverage.covered))/\(language.integer(coverage.units))"
        if coverage.uncertain > 0 { named = "+\(coverage.uncertain)? " + named }
        return [TableCell(named, role: role(of: status)),
                TableCell(coverage.claimCovered > 0 ? "+" + language.integer(coverage.claimCovered) : state.glyphs.emDash,
                          role: coverage.claimCovered > 0 ? .text : .muted),
                TableCell(language.percent(coverage.knownFraction), role: role(of: status)),
                .stacked([.init(coverage.covered + coverage.uncertain, role: .gaugeFilled), .init(coverage.claimCovered, role: .chart2)],
                         of: coverage.units)]
    }

    /// The coverage cells for an export: the known-by-name cell as shown, the units a report
    /// covers and the share as numbers, the bar as nothing.
    package static func coverageValues(_ coverage: CoverageCount, _ state: DashboardState) -> [ExportValue] {
        [.text(coverageCells(coverage, state)[0].text), .integer(coverage.claimCovered), .decimal(coverage.knownFraction), .text("")]
    }

    package static func coverageSortKeys(_ coverage: CoverageCount) -> [SortKey] {
        [.number(Double(coverage.covered)), .number(Double(coverage.claimCovered)), .number(coverage.knownFraction),
         .number(coverage.knownFraction)]
    }

    /// Full when every unit has an MPP known by name or reported by a provincial statement;
    /// partial when some do; uncertain when only MPPs with uncertain dates do.
    package static func coverageStatus(_ coverage: CoverageCount) -> CoverageStatus {
        let known = coverage.covered + coverage.claimCovered
        if coverage.units > 0, known == coverage.units { return .full }
        if known > 0 { return .partial }
        return coverage.uncertain > 0 ? .uncertain : .none
    }

    package static func role(of status: CoverageStatus) -> StyleRole {
        switch status {
        case .full: return .good
        case .partial: return .text
        case .uncertain: return .unknown
        case .none: return .bad
        }
    }

    // MARK: Kabupaten/kota of a province, and all of them

    package static func regions(of provinceCode: String, _ state: DashboardState) -> ListSpec {
        let language = state.language
        let index = state.store.index
        var places: [PlaceEntry] = []
        if !(index.mallsByPlace[.province(provinceCode)] ?? []).isEmpty {
            let name = index.provinceByCode[provinceCode]?.name ?? provinceCode
            places.append(PlaceEntry(place: .province(provinceCode), name: "\(name) (\(language.text(.provinceLevel)))", autonomous: true))
        }
        places += (index.regionsByProvince[provinceCode] ?? []).map { PlaceEntry($0, language) }
        return ListSpec(columns: placeColumns(state, wide: false), rows: places.map { placeRow($0, state, wide: false) },
                        facets: [.regionStatus, .digital, .portal])
    }

    /// Every kabupaten/kota of the country, with its province and island group.
    package static func allRegions(_ state: DashboardState) -> ListSpec {
        let regions = state.store.index.provinces.flatMap { state.store.index.regionsByProvince[$0.code] ?? [] }
        return ListSpec(columns: placeColumns(state, wide: true),
                        rows: regions.map { placeRow(PlaceEntry($0, state.language), state, wide: true) },
                        facets: [.islandGroup, .province, .regionStatus, .digital, .portal])
    }

    /// A row of a kabupaten/kota list: a region, or a province's own MPP.
    package struct PlaceEntry {
        package var place: Place
        package var name: String
        package var autonomous: Bool

        init(place: Place, name: String, autonomous: Bool) {
            self.place = place
            self.name = name
            self.autonomous = autonomous
        }

        init(_ region: Region, _ language: Language) {
            place = .region(region.code)
            name = region.shortName + (region.isAutonomous ? "" : " (\(language.text(.administrative)))")
            autonomous = region.isAutonomous
        }
    }

    /// The columns of the kabupaten/kota lists; the wide one (all regions) adds the province,
    /// the island group and the Portal integration.
    package static func placeColumns(_ state: DashboardState, wide: Bool) -> [TableColumn] {
        let language = state.language
        var columns = [TableColumn(language.text(.columnCode), width: 5),
                       TableColumn(language.text(.columnRegion), width: 28, minWidth: 14, flexible: true)]
        if wide {
            columns += [TableColumn(language.text(.columnProvince), width: 20, minWidth: 8, flexible: true),
                        TableColumn(language.text(.columnIslandGroup), width: 14, minWidth: 6, flexible: true)]
        }
        columns += [TableColumn(language.text(.columnStatus), width: 29, minWidth: 12, flexible: true),
                    TableColumn(language.text(.columnDate), width: 11, alignment: .right),
                    TableColumn(language.text(.columnDigitalShort), width: 12, minWidth: 8, flexible: true)]
        if wide { columns.append(TableColumn(language.text(.columnPortal), width: 16, minWidth: 6, flexible: true)) }
        return columns + [TableColumn("", width: 1)]
    }

    package static func placeRow(_ entry: PlaceEntry, _ state: DashboardState, wide: Bool) -> ListRow {
        let language = state.language
        let index = state.store.index
        let code = entry.place.code
        let malls = index.mallsByPlace[entry.place] ?? []
        let status = PlaceStatus(entry.place, malls: malls, state: state)
        let adoption = index.digitalByPlace[entry.place]
        let digital = adoption?.stage(asOf: state.asOf, knownBy: index.snapshot.asOf)
        let reached = adoption?.stages.filter { $0.certainty(asOf: state.asOf, knownBy: index.snapshot.asOf) == .yes }.map(\.stage) ?? []
        let conflicted = !RecordNames.conflicts(involving: PlaceStatus.subjects(entry.place, malls: malls, status: status), index).isEmpty
        let digitalText = digital.map { language.name($0.stage) + ($0.certainty == .yes ? "" : "?") } ?? state.glyphs.emDash
        let province = index.provinceByCode[entry.place.provinceCode]
        let portal = PlaceStatus.portal(of: malls, status: status)
        var cells = [TableCell(code, role: .muted), TableCell(entry.name, role: entry.autonomous ? .text : .muted)]
        var sortKeys: [SortKey] = [.text(code), .text(SearchText.fold(entry.name))]
        var values: [ExportValue] = [.text(code), .text(entry.name)]
        if wide {
            let group = province.map { language.name($0.islandGroup) } ?? ""
            cells += [TableCell(province?.name ?? entry.place.provinceCode), TableCell(group, role: .muted)]
            sortKeys += [.text(SearchText.fold(province?.name ?? "")), .text(group)]
            values += [.text(province?.name ?? entry.place.provinceCode), .text(group)]
        }
        let statusCell = status.cell(language, count: malls.count)
        cells += [statusCell,
                  TableCell(dateText(status.date, state), role: status.date == nil ? .unknown : .text),
                  TableCell(digitalText, role: digital == nil ? .muted : .digital)]
        sortKeys += [.number(status.rank), status.date.map { .text($0.description) } ?? .none,
                     .number(Double(digital.map { DigitalStage.allCases.firstIndex(of: $0.stage)! + 1 } ?? 0))]
        values += [.text(statusCell.text), dateValue(status.date), .text(digital.map { _ in digitalText })]
        if wide {
            let portalText = MallPage.portalText(portal, language)
            cells.append(TableCell(portalText, role: portal == .unknown ? .unknown : .text))
            sortKeys.append(.number(Double(PortalIntegration.allCases.firstIndex(of: portal)!)))
            values.append(portal == .unknown ? .unknown : .text(portalText))
        }
        cells.append(TableCell(conflicted ? "!" : "", role: .conflict))
        sortKeys.append(.number(conflicted ? 1 : 0))
        values.append(.text(conflicted ? "!" : ""))
        let target: Route
        if case .region = entry.place, wide || malls.count != 1 {
            target = .region(code)
        } else if let mall = malls.first {
            target = .mall(mall.id)
        } else {
            target = .region(code)
        }
        return ListRow(
            id: code, cells: cells, sortKeys: sortKeys,
            searchText: "\(code) \(entry.name) \(malls.map(\.name).joined(separator: " "))",
            facets: RowFacets(islandGroup: province?.islandGroup, provinceCode: entry.place.provinceCode,
                              status: RegionStatusKind(status.status), digital: RowFacets.digital(reached), portal: portal),
            target: target, values: values)
    }

    // MARK: Batches (timeline)

    package static func batches(_ state: DashboardState) -> ListSpec {
        let language = state.language
        let index = state.store.index
        let columns = [
            TableColumn(language.text(.columnDate), width: 11),
            TableColumn(language.text(.columnKind), width: 20, minWidth: 10, flexible: true),
            TableColumn(language.text(.columnAnnounced), width: 10, alignment: .right),
            TableColumn(language.text(.columnNamed), width: 9, alignment: .right),
            TableColumn(language.text(.columnNote), width: 40, minWidth: 10, flexible: true),
            TableColumn("", width: 1),
        ]
        let rows = index.batchesInDateOrder.map { batch -> ListRow in
            let kind = language.text(batch.kind == .inauguration ? .batchInauguration : .batchSoftLaunch)
            let conflicted = !index.conflicts(involving: Subject.batch(batch.id)).isEmpty
            let happened = batch.certainty(asOf: state.asOf, knownBy: index.snapshot.asOf)
            let dim: StyleRole? = happened == .no ? .muted : nil
            let names = batch.mallIDs.compactMap { index.mallByID[$0]?.name }
            let announced = language.announced(batch)
            let largest = batch.announcedCounts.last
            var notes: [String] = []
            if happened == .no { notes.append(language.text(.batchNotYet)) }
            if happened == .possibly { notes.append(language.text(.uncertain)) }
            if let note = language.pick(batch.note) { notes.append(note) }
            let note = notes.joined(separator: state.glyphs.separator)
            return ListRow(
                id: batch.id,
                cells: [TableCell(dateText(batch.date, state), role: dim ?? .text),
                        TableCell(kind, role: dim ?? .text),
                        TableCell(announced ?? state.glyphs.emDash, role: dim ?? (announced == nil ? .unknown : .text)),
                        TableCell(language.integer(batch.mallIDs.count),
                                  role: dim ?? (batch.mallIDs.count < (largest ?? 0) ? .warning : .text)),
                        TableCell(note, role: .muted), TableCell(conflicted ? "!" : "", role: .conflict)],
                sortKeys: [batch.certainDay.map { .text($0.description) } ?? .none, .text(kind), .number(Double(largest ?? -1)),
                           .number(Double(batch.mallIDs.count)), .text(note), .number(conflicted ? 1 : 0)],
                searchText: "\(batch.id) \(RecordNames.batch(batch, state)) \(kind) \(names.joined(separator: " "))",
                target: .batch(batch.id),
                values: [dateValue(batch.date), .text(kind), .text(announced), .integer(batch.mallIDs.count), .text(note),
                         .text(conflicted ? "!" : "")])
        }
        return ListSpec(columns: columns, rows: rows)
    }

    // MARK: MPP Digital per province

    package static func digital(_ state: DashboardState) -> ListSpec {
        let language = state.language
        let columns = [TableColumn(language.text(.columnCode), width: 4),
                       TableColumn(language.text(.columnProvince), width: 26, minWidth: 12, flexible: true)]
            + DigitalStage.allCases.map { TableColumn(language.name($0), width: max(6, DisplayWidth.of(language.name($0))), alignment: .right) }
        let rows = state.store.index.provinces.map { province -> ListRow in
            let stages = state.figures.digital.byProvince[province.code] ?? [:]
            let counts = DigitalStage.allCases.map { stages[$0] ?? 0 }
            return ListRow(
                id: province.code,
                cells: [TableCell(province.code, role: .muted), TableCell(province.name)]
                    + counts.map { TableCell($0 > 0 ? language.integer($0) : state.glyphs.emDash, role: $0 > 0 ? .digital : .muted) },
                sortKeys: [.text(province.code), .text(SearchText.fold(province.name))] + counts.map { .number(Double($0)) },
                searchText: "\(province.code) \(province.name)",
                facets: RowFacets(islandGroup: province.islandGroup,
                                  digital: RowFacets.digital(DigitalStage.allCases.filter { (stages[$0] ?? 0) > 0 })),
                target: .province(province.code),
                values: [.text(province.code), .text(province.name)] + counts.map(ExportValue.integer))
        }
        return ListSpec(columns: columns, rows: rows, facets: [.islandGroup, .digital])
    }

    // MARK: Island groups

    package static func islands(_ state: DashboardState) -> ListSpec {
        let language = state.language
        let columns = [TableColumn(language.text(.columnIslandGroup), width: 20, minWidth: 10, flexible: true),
                       TableColumn(language.text(.columnProvinces), width: 9, alignment: .right),
                       TableColumn(language.text(.columnUnits), width: 6, alignment: .right)]
            + coverageColumns(language)
            + [TableColumn(language.text(.columnDigitalShort), width: 7, alignment: .right)]
        let rows = IslandGroup.allCases.map { group -> ListRow in
            let coverage = state.figures.coverage.byIslandGroup[group] ?? CoverageCount()
            let provinces = state.store.index.provinces.filter { $0.islandGroup == group }
            let digital = provinces.reduce(0) { $0 + (state.figures.digital.byProvince[$1.code]?.values.reduce(0, +) ?? 0) }
            return ListRow(
                id: group.rawValue,
                cells: [TableCell(language.name(group)), TableCell(language.integer(provinces.count)),
                        TableCell(language.integer(coverage.units))]
                    + coverageCells(coverage, state)
                    + [TableCell(digital > 0 ? language.integer(digital) : state.glyphs.emDash, role: digital > 0 ? .digital : .muted)],
                sortKeys: [.number(Double(IslandGroup.allCases.firstIndex(of: group)!)), .number(Double(provinces.count)),
                           .number(Double(coverage.units))] + coverageSortKeys(coverage) + [.number(Double(digital))],
                searchText: language.name(group), facets: RowFacets(islandGroup: group, coverage: coverageStatus(coverage)),
                target: .screen(.provinces), targetFilter: RowFilter(islandGroups: [group]),
                values: [.text(language.name(group)), .integer(provinces.count), .integer(coverage.units)]
                    + coverageValues(coverage, state) + [.integer(digital)])
        }
        return ListSpec(columns: columns, rows: rows, facets: [.coverage])
    }
}

/// Where the MPPs of one place stand on the as-of day, for the lists.
package struct MallStatus {
    package var stage: MallStage?
    package var certainty: Certainty
    package var date: PartialDate?

    package init(malls: [Mall], state: DashboardState) {
        let knownBy = state.store.index.snapshot.asOf
        var best: (stage: MallStage, certainty: Certainty, date: PartialDate?)?
        for mall in malls {
            for event in mall.stages {
                let certainty = event.certainty(asOf: state.asOf, knownBy: knownBy)
                guard certainty != .no else { continue }
                if best == nil || (certainty, event.stage) > (best!.certainty, best!.stage) {
                    best = (event.stage, certainty, event.date)
                }
            }
        }
        stage = best?.stage
        certainty = best?.certainty ?? .no
        date = best?.date
    }

    package var coverage: CoverageStatus {
        guard let stage, stage.isOpen else { return .none }
        return certainty == .yes ? .full : .uncertain
    }

    package var role: StyleRole {
        switch coverage {
        case .full: return .good
        case .uncertain: return .unknown
        case .none, .partial: return stage == nil ? .bad : .warning
        }
    }

    /// Sorts none < planned < … < inaugurated.
    package var rank: Double { Double(stage.map { MallStage.allCases.firstIndex(of: $0)! + 1 } ?? 0) }

    package func text(_ language: Language, glyphs: GlyphSet, count: Int) -> String {
        guard let stage else { return language.text(.statusNoMall) }
        var text = language.name(stage) + (certainty == .yes ? "" : "?")
        if count > 1 { text += " (\(count))" }
        return text
    }
}

/// What the kabupaten/kota list says of one place on the as-of day: the region's status (an MPP
/// on record, covered by a provincial report, no MPP per a source, not on record, or an
/// administrative unit served by the provincial MPP), with the date that status rests on.
package struct PlaceStatus {
    package var status: RegionStatus
    /// Where an MPP record exists but is not open yet: its furthest stage (planned, under construction).
    package var pending: MallStage?
    package var date: PartialDate?

    package init(_ place: Place, malls: [Mall], state: DashboardState) {
        let records = MallStatus(malls: malls, state: state)
        switch place {
        case .province:
            status = records.stage.map { .onRecord(mall: malls[0], stage: $0, certainty: records.certainty) } ?? .notOnRecord
        case .region(let code):
            status = state.store.index.regionStatus(code, asOf: state.asOf) ?? .notOnRecord
        }
        switch status {
        case .onRecord: date = records.date
        case .coveredByClaim(let claim), .noMPPPerSource(let claim): date = claim.date
        case .administrative, .notOnRecord: date = nil
        }
        if case .onRecord = status {} else if let stage = records.stage, !stage.isOpen { pending = stage }
    }

    /// The coverage claim the status rests on, if any.
    package var claim: CoverageClaim? {
        switch status {
        case .coveredByClaim(let claim), .noMPPPerSource(let claim): return claim
        default: return nil
        }
    }

    package func text(_ language: Language, count: Int) -> String {
        var text: String
        switch status {
        case .administrative: text = language.text(.statusAdministrative)
        case .onRecord(_, let stage, let certainty):
            text = language.name(stage) + (certainty == .yes ? "" : "?")
            if count > 1 { text += " (\(count))" }
        case .coveredByClaim: text = language.text(.statusCoveredByClaim)
        case .noMPPPerSource: text = language.text(.statusNoMPPPerSource)
        case .notOnRecord: text = language.text(.statusNoMall)
        }
        if let pending { text += " · " + language.name(pending) }
        return text
    }

    /// The status in a cell of the kabupaten/kota lists.
    package func cell(_ language: Language, count: Int) -> TableCell {
        TableCell(text(language, count: count), role: role)
    }

    /// What a place's status rests on and may be disputed in: its MPPs, its MPP Digital record,
    /// the place itself, and the claim behind its status.
    package static func subjects(_ place: Place, malls: [Mall], status: PlaceStatus) -> [String] {
        malls.map { Subject.mall($0.id) } + [Subject.digital(place.code), Subject.place(place)]
            + (status.claim.map { [Subject.claim($0.id)] } ?? [])
    }

    /// Whether the place's MPP is integrated with the Public Service Portal: the MPP its status
    /// rests on first, then its other MPPs; unknown without an MPP or where none says.
    package static func portal(of malls: [Mall], status: PlaceStatus) -> PortalIntegration {
        var ordered = malls
        if case .onRecord(let mall, _, _) = status.status { ordered.insert(mall, at: 0) }
        return ordered.first { $0.portalIntegration != .unknown }?.portalIntegration ?? .unknown
    }

    /// The colour of the status, the same as on the map and its legend.
    package var role: StyleRole { MapStatus(status).role }

    package var coverage: CoverageStatus {
        switch status {
        case .onRecord(_, _, let certainty): return certainty == .yes ? .full : .uncertain
        case .coveredByClaim: return .full
        case .administrative, .noMPPPerSource, .notOnRecord: return .none
        }
    }

    /// Sorts not on record < no MPP per a source < administrative < covered by a claim < on record by stage.
    package var rank: Double {
        switch status {
        case .notOnRecord: return 0
        case .noMPPPerSource: return 1
        case .administrative: return 2
        case .coveredByClaim: return 3
        case .onRecord(_, let stage, _): return 4 + Double(MallStage.allCases.firstIndex(of: stage)!)
        }
    }
}

extension ListCatalog {
    /// A date in a cell; an unknown one as the glyph set's dash.
    package static func dateText(_ date: PartialDate?, _ state: DashboardState) -> String {
        date.map(state.language.date) ?? state.glyphs.emDash
    }

    /// A date in an export: ISO 8601 as precise as it is known (`2025-12`), unknown when unknown.
    package static func dateValue(_ date: PartialDate?) -> ExportValue {
        .text(date?.description)
    }
}
