public import RolloutData

/// `mppdash import`: what a rollout sheet (`SheetColumn`) changes in a snapshot, as one edit.
///
/// Each row states one stage, with its date and its source(s), and the values of its MPP (name,
/// Portal integration, counts, note) or its region's MPP Digital (services online, note). A row
/// that restates what the snapshot has changes nothing; an empty cell states nothing (an import
/// never erases). What a row changes: a new stage; a stage's date (its event is replaced by one
/// with the row's date and sources); a source not yet cited for a stage's date; the Portal
/// integration, the counts (a count dated with the row's date) and the note of an MPP; a service
/// offered online not yet on record; a new MPP (its rows together); a new source for a URL not on
/// record (its title from `source_title`, its publisher from `publisher` or the URL's host).
/// Every row that cannot be read or contradicts the snapshot or another row is a problem; with
/// any problem, nothing is applied.
public enum SheetImport {
    /// The plan of importing `document` (read from `file`) into the snapshot of `index`, with
    /// `today` the latest date a row may give; throws every problem of every row.
    public static func plan(_ document: CSVDocument, file: String, into index: RolloutIndex, today: Day) throws(SheetError) -> ImportPlan {
        let layout = try SheetLayout(header: document.header, file: file)
        var importer = SheetImporter(file: file, layout: layout, index: index)
        let reader = SheetRowReader(file: file, layout: layout, index: index, today: today)
        for record in document.records {
            guard let row = reader.row(record, problems: &importer.problems) else { continue }
            importer.take(row)
        }
        let changes = importer.changes()
        guard importer.problems.isEmpty else { throw SheetError(problems: importer.problems.sorted { ($0.line ?? 0) < ($1.line ?? 0) }) }
        let edit = SnapshotEdit.group(changes.map(\.edit))
        guard !changes.isEmpty else { return ImportPlan(changes: [], edit: edit, rows: document.records.count, result: index.snapshot) }
        do {
            return ImportPlan(changes: changes, edit: edit, rows: document.records.count, result: try index.snapshot.applying(edit))
        } catch {
            throw SheetError(problems: error.problems.map {
                SheetProblem(file: file, line: nil, message: "the import would leave the snapshot invalid: \($0)")
            })
        }
    }
}

/// A value of a record as the import proposes it: the snapshot's (`changedOn` nil) or the one a
/// row changed it to.
struct Proposal<Value: Equatable> {
    var value: Value
    /// The snapshot's value (nil for a record the import adds).
    let original: Value?
    /// The line of the row that changed it.
    var changedOn: Int?
}

/// An MPP as the rows propose it: one on record (`base`) or a new one.
struct MallDraft {
    let base: Mall?
    let id: String
    let place: Place
    var name: String?
    var nameLine: Int?
    let firstLine: Int
    var stages: [MallStage: Proposal<StageEvent<MallStage>>]
    var portal: Proposal<PortalIntegration>
    var portalSources: [String] = []
    /// New counts by their date (the row's), with the line that gave them.
    var counts: [(count: FacilityCount, line: Int)] = []
    var note: Proposal<LocalizedText?>
    var sources: [String] = []
}

/// A source the rows cite by a URL not on record.
struct NewSource {
    let url: String
    let id: String
    let firstLine: Int
    var title: String?
    var titleLine: Int?
    var publisher: String?
    var publisherLine: Int?
}

/// A region's MPP Digital as the rows propose it.
struct DigitalDraft {
    let base: DigitalAdoption?
    let place: Place
    var stages: [DigitalStage: Proposal<StageEvent<DigitalStage>>]
    var services: [DigitalService] = []
}

/// The state of an import while its rows are taken one by one.
struct SheetImporter {
    let file: String
    let layout: SheetLayout
    let index: RolloutIndex
    let sourceByURL: [String: Source]
    var problems: [SheetProblem] = []
    var newSources: [String: NewSource] = [:]
    var newSourceOrder: [String] = []
    var malls: [String: MallDraft] = [:]
    var digital: [Place: DigitalDraft] = [:]

    init(file: String, layout: SheetLayout, index: RolloutIndex) {
        self.file = file
        self.layout = layout
        self.index = index
        sourceByURL = Dictionary(index.snapshot.sources.compactMap { source in source.url.map { ($0, source) } }, uniquingKeysWith: { first, _ in first })
    }

    mutating func report(_ row: SheetRow, _ column: SheetColumn?, _ message: String) {
        problems.append(SheetProblem(file: file, line: row.line, column: column.map(layout.name), message: message))
    }

    mutating func take(_ row: SheetRow) {
        guard let sources = sources(of: row) else { return }
        switch row.stage {
        case .mall(let stage):
            guard let id = mallID(of: row) else { return }
            takeMall(row, id: id, stage: stage, sources: sources)
        case .digital(let stage):
            takeDigital(row, stage: stage, sources: sources)
        }
    }

    // MARK: Sources

    /// The source ids a row cites, new URLs registered; nil after reporting a problem.
    mutating func sources(of row: SheetRow) -> [String]? {
        let newURLs = row.sourceItems.filter { SheetValues.isURL($0) && sourceByURL[$0] == nil }
        let before = problems.count
        if newURLs.count > 1, row.sourceTitle != nil || row.publisher != nil {
            report(row, row.sourceTitle != nil ? .sourceTitle : .publisher,
                   "expected one new source URL on a row that gives its title or publisher, found \(newURLs.count); give each on a row of its own")
        } else if newURLs.isEmpty {
            let known = row.sourceItems.compactMap { SheetValues.isURL($0) ? sourceByURL[$0] : index.sourceByID[$0] }
            checkRestated(row.sourceTitle, of: known, \.title, column: .sourceTitle, row: row)
            checkRestated(row.publisher, of: known, \.publisher, column: .publisher, row: row)
        }
        for url in newURLs {
            register(url, row: row, describing: newURLs.count == 1)
        }
        guard problems.count == before else { return nil }
        var ids: [String] = []
        for item in row.sourceItems {
            guard let id = SheetValues.isURL(item) ? (sourceByURL[item]?.id ?? newSources[item]?.id) : item else { continue }
            if !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    /// A title or publisher given on a row whose sources are all on record: the one on record.
    mutating func checkRestated(_ cell: String?, of known: [Source], _ value: KeyPath<Source, String>, column: SheetColumn, row: SheetRow) {
        guard let cell, !(known.count == 1 && known[0][keyPath: value] == cell) else { return }
        let onRecord = known.count == 1 ? "; \(known[0].id) is on record with \"\(known[0][keyPath: value])\"" : ""
        report(row, column, "expected an empty cell (it names a new source URL, and this row's sources are on record\(onRecord)), found \"\(cell)\"")
    }

    /// Registers a URL not on record; `describing`: the row's title and publisher are its own.
    mutating func register(_ url: String, row: SheetRow, describing: Bool) {
        var source = newSources[url] ?? NewSource(url: url, id: newSourceID(url), firstLine: row.line)
        if newSources[url] == nil { newSourceOrder.append(url) }
        if describing {
            describe(&source.title, line: &source.titleLine, with: row.sourceTitle, column: .sourceTitle, of: url, row: row)
            describe(&source.publisher, line: &source.publisherLine, with: row.publisher, column: .publisher, of: url, row: row)
        }
        newSources[url] = source
    }

    /// Sets a new source's title or publisher from a row's cell, or checks it against the one an
    /// earlier row gave.
    mutating func describe(_ value: inout String?, line: inout Int?, with cell: String?, column: SheetColumn, of url: String, row: SheetRow) {
        guard let cell else { return }
        guard let known = value, let knownLine = line else {
            (value, line) = (cell, row.line)
            return
        }
        if known != cell {
            report(row, column, "expected \"\(known)\" as on line \(knownLine) for \(url), found \"\(cell)\"")
        }
    }

    /// An id for a new source: the name of the URL's site and the last part of its path
    /// (`detik-d-7051094`), unique in the snapshot and the import.
    func newSourceID(_ url: String) -> String {
        let host = Self.host(of: url)
        var labels = host.split(separator: ".").map(String.init)
        if labels.first == "www" { labels.removeFirst() }
        if labels.count > 1 { labels.removeLast() }
        if labels.count > 1, ["go", "co", "or", "ac", "web", "my", "sch", "com", "net", "org", "ponpes", "mil", "desa"].contains(labels.last!) {
            labels.removeLast()
        }
        let site = Self.slug(labels.last ?? "source")
        let path = url.split(separator: "?").first.map(String.init) ?? url
        let last = path.dropFirst(path.hasPrefix("https://") ? 8 : 7).split(separator: "/").dropFirst().last.map(String.init) ?? ""
        let stem = Self.slug(String(last.split(separator: ".").first ?? ""))
        let base = (stem.isEmpty ? site : "\(site)-\(stem.prefix(40))").trimmingDashes()
        let taken = Set(newSources.values.map(\.id))
        var id = base
        var number = 2
        while index.sourceByID[id] != nil || taken.contains(id) {
            id = "\(base)-\(number)"
            number += 1
        }
        return id
    }

    /// The host of a URL without `www.` and without a port.
    static func host(of url: String) -> String {
        let rest = url.dropFirst(url.hasPrefix("https://") ? 8 : 7)
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }.lowercased()
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    /// Lower-case letters and digits, every other run of characters one `-`.
    static func slug(_ text: String) -> String {
        var slug = ""
        for character in text.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        return slug.trimmingDashes()
    }

    // MARK: MPPs

    /// The id of the MPP a row is about, its draft created; nil after reporting a problem.
    mutating func mallID(of row: SheetRow) -> String? {
        let here = index.mallsByPlace[row.place] ?? []
        let drafted = malls.values.filter { $0.base == nil && $0.place == row.place }
        if let id = row.mallID {
            if let mall = index.mallByID[id] {
                guard mall.place == row.place else {
                    report(row, .regionCode, "expected \(mall.place.code), the region of \(id), found \"\(row.place.code)\"")
                    return nil
                }
                if let name = row.mallName, SheetColumn.normalized(name) != SheetColumn.normalized(mall.name) {
                    report(row, .mallName, "expected \"\(mall.name)\", the name of \(id) on record, found \"\(name)\" (an import does not rename an MPP)")
                    return nil
                }
                draftMall(mall)
                return id
            }
            return newMall(id, row: row)
        }
        let candidates = here.map { ($0.id, $0.name) } + drafted.compactMap { draft in draft.name.map { (draft.id, $0) } }
        if let name = row.mallName {
            if let match = candidates.first(where: { SheetColumn.normalized($0.1) == SheetColumn.normalized(name) }) {
                if let mall = index.mallByID[match.0] { draftMall(mall) }
                return match.0
            }
            guard candidates.isEmpty else {
                report(row, .mallName, "expected the name of an MPP of \(row.place.code) (\(candidates.map { "\"\($0.1)\"" }.joined(separator: ", "))), found \"\(name)\"; give an mpp_id to add another MPP there")
                return nil
            }
            return newMall("mpp-\(row.place.code)", row: row)
        }
        switch candidates.count {
        case 0:
            report(row, .mallName, "expected the name of the new MPP of \(row.place.code), found nothing")
            return nil
        case 1:
            if let mall = index.mallByID[candidates[0].0] { draftMall(mall) }
            return candidates[0].0
        default:
            report(row, .mallID, "expected the id of one of the MPPs of \(row.place.code) (\(candidates.map(\.0).joined(separator: ", "))), found nothing")
            return nil
        }
    }

    mutating func draftMall(_ mall: Mall) {
        guard malls[mall.id] == nil else { return }
        malls[mall.id] = MallDraft(
            base: mall, id: mall.id, place: mall.place, name: mall.name, firstLine: 0,
            stages: Dictionary(uniqueKeysWithValues: mall.stages.map { ($0.stage, Proposal(value: $0, original: $0)) }),
            portal: Proposal(value: mall.portalIntegration, original: mall.portalIntegration),
            note: Proposal(value: mall.note, original: mall.note))
    }

    /// The id of a new MPP, its draft created or named; nil after reporting a problem.
    mutating func newMall(_ id: String, row: SheetRow) -> String? {
        if var draft = malls[id] {
            guard draft.place == row.place else {
                report(row, .regionCode, "expected \(draft.place.code), the region of the new MPP \(id) on line \(draft.firstLine), found \"\(row.place.code)\"")
                return nil
            }
            if let name = row.mallName {
                if let known = draft.name, SheetColumn.normalized(known) != SheetColumn.normalized(name), let line = draft.nameLine {
                    report(row, .mallName, "expected \"\(known)\" as on line \(line) for the new MPP \(id), found \"\(name)\"; give an mpp_id to add another MPP there")
                    return nil
                }
                if draft.name == nil { (draft.name, draft.nameLine) = (name, row.line) }
                malls[id] = draft
            }
            return id
        }
        guard index.mallByID[id] == nil else {
            report(row, .mallID, "expected an id for the new MPP \"\(row.mallName ?? "")\" (\(id) is the id of \(index.mallByID[id]!.name)), found nothing")
            return nil
        }
        malls[id] = MallDraft(
            base: nil, id: id, place: row.place, name: row.mallName, nameLine: row.mallName == nil ? nil : row.line, firstLine: row.line,
            stages: [:], portal: Proposal(value: .unknown, original: nil), note: Proposal(value: nil, original: nil))
        return id
    }

    mutating func takeMall(_ row: SheetRow, id: String, stage: MallStage, sources: [String]) {
        guard var draft = malls[id] else { return }
        let what = "\(index.mallByID[id]?.name ?? draft.name ?? id) (\(id))"
        propose(stage, row: row, sources: sources, in: &draft.stages, what: what)
        for source in sources where !draft.sources.contains(source) { draft.sources.append(source) }
        if let portal = row.portal {
            let before = draft.portal.changedOn
            proposeValue(portal, row: row, in: &draft.portal, column: .portalIntegration, what: "the Portal integration of \(what)", erased: .unknown)
            if draft.portal.changedOn == row.line, before == nil { draft.portalSources = sources }
        }
        takeCount(row, sources: sources, into: &draft)
        if row.note != nil || row.noteEnglish != nil {
            let original = draft.note.original ?? nil
            let note = LocalizedText(indonesian: row.note ?? original?.indonesian, english: row.noteEnglish ?? original?.english)
            proposeValue(note, row: row, in: &draft.note, column: row.note != nil ? .note : .noteEnglish, what: "the note of \(what)", erased: nil)
        }
        malls[id] = draft
    }

    /// A count of services and agencies dated with the row's date, unless it restates the MPP's
    /// numbers or a count on record for that date. The same new numbers on several rows of an MPP
    /// (which the sheet repeats on each of its rows) are one count, dated with the latest of
    /// their rows.
    mutating func takeCount(_ row: SheetRow, sources: [String], into draft: inout MallDraft) {
        guard row.services != nil || row.agencies != nil else { return }
        if let base = draft.base {
            let current = (row.services == nil || row.services == base.services) && (row.agencies == nil || row.agencies == base.agencies)
            let onRecord = base.counts.contains {
                $0.date == row.date && (row.services == nil || $0.services == row.services) && (row.agencies == nil || $0.agencies == row.agencies)
            }
            if current || onRecord { return }
        }
        let count = FacilityCount(date: row.date, services: row.services, agencies: row.agencies, sources: sources)
        if let same = draft.counts.firstIndex(where: { $0.count.services == row.services && $0.count.agencies == row.agencies }) {
            if let date = row.date, draft.counts[same].count.date.map({ date > $0 }) ?? true { draft.counts[same] = (count, row.line) }
            return
        }
        if let earlier = draft.counts.first(where: { $0.count.date == row.date }) {
            let given = [earlier.count.services.map { "services \($0)" }, earlier.count.agencies.map { "agencies \($0)" }].compactMap { $0 }
            report(row, row.services != nil ? .services : .agencies,
                   "expected \(given.joined(separator: ", ")) as on line \(earlier.line) for the count of \(row.date?.description ?? "no date"), found services \(row.services.map(String.init) ?? "—"), agencies \(row.agencies.map(String.init) ?? "—")")
            return
        }
        draft.counts.append((count, row.line))
    }

    // MARK: MPP Digital

    mutating func takeDigital(_ row: SheetRow, stage: DigitalStage, sources: [String]) {
        let base = index.digitalByPlace[row.place]
        var draft = digital[row.place] ?? DigitalDraft(
            base: base, place: row.place,
            stages: Dictionary(uniqueKeysWithValues: (base?.stages ?? []).map { ($0.stage, Proposal(value: $0, original: $0)) }))
        let what = "MPP Digital of \(row.place.code)"
        propose(stage, row: row, sources: sources, in: &draft.stages, what: what)
        for name in row.onlineServices {
            let key = name.lowercased()
            guard !(base?.services ?? []).contains(where: { $0.name.lowercased() == key }),
                  !draft.services.contains(where: { $0.name.lowercased() == key }) else { continue }
            draft.services.append(DigitalService(name: name, date: nil, sources: sources))
        }
        for (column, text, original) in [(SheetColumn.note, row.note, base?.note?.indonesian), (.noteEnglish, row.noteEnglish, base?.note?.english)] {
            if let text, text != original {
                report(row, column, "expected \(original.map { "\"\($0)\", the note on record," } ?? "an empty cell") (an import cannot change the note of an MPP Digital entry), found \"\(text)\"")
            }
        }
        digital[row.place] = draft
    }

    // MARK: Proposals

    /// A stage as a row gives it: new, restated (any source not yet cited added), or dated
    /// anew; a date the snapshot has cannot be erased, and two rows cannot date it differently.
    mutating func propose<Stage: HistoryStage>(_ stage: Stage, row: SheetRow, sources: [String],
                                               in stages: inout [Stage: Proposal<StageEvent<Stage>>], what: String) {
        let given = StageEvent(stage: stage, date: row.date, sources: sources)
        guard var current = stages[stage] else {
            stages[stage] = Proposal(value: given, original: nil, changedOn: row.line)
            return
        }
        if current.value.date == row.date {
            let added = sources.filter { !current.value.sources.contains($0) }
            guard !added.isEmpty else { return }
            current.value.sources += added
            current.changedOn = current.changedOn ?? row.line
            stages[stage] = current
        } else if let original = current.original, original.date == row.date {
            return
        } else if let line = current.changedOn, current.value.date != current.original?.date {
            report(row, .date, "expected \(current.value.date?.description ?? "no date") for \(stage.rawValue) of \(what) as on line \(line), found \(row.date.map { "\"\($0)\"" } ?? "nothing")")
        } else if row.date == nil, let date = current.value.date {
            report(row, .date, "expected \(date) for \(stage.rawValue) of \(what), the date on record (an import never erases a date), found nothing")
        } else {
            stages[stage] = Proposal(value: given, original: current.original, changedOn: row.line)
        }
    }

    /// A value of a record as a row gives it: restated, or changed once; `erased` is the value
    /// that cannot replace a known one (unknown).
    mutating func proposeValue<Value: Equatable>(_ value: Value, row: SheetRow, in proposal: inout Proposal<Value>, column: SheetColumn,
                                                 what: String, erased: Value) {
        if value == proposal.value || (proposal.original.map { $0 == value } ?? false) { return }
        if let line = proposal.changedOn {
            report(row, column, "expected \(Self.describe(proposal.value)) for \(what) as on line \(line), found \(Self.describe(value))")
        } else if value == erased, proposal.original != nil {
            report(row, column, "expected \(Self.describe(proposal.value)) for \(what), as on record (an import never erases a known value), found \(Self.describe(value))")
        } else {
            proposal.value = value
            proposal.changedOn = row.line
        }
    }

    static func describe<Value>(_ value: Value) -> String {
        switch value {
        case let portal as PortalIntegration: return portal.rawValue
        case let text as LocalizedText?: return text.map { "\"\($0.parts.joined(separator: " / "))\"" } ?? "no note"
        default: return "\(value)"
        }
    }

    // MARK: Result

    /// The changes of every draft in the order they are applied (sources, new MPPs, MPPs on
    /// record, MPP Digital); the problems of the whole import (untitled sources, new MPPs without
    /// a name, histories going back in time) added to `problems`.
    mutating func changes() -> [ImportChange] {
        var changes: [ImportChange] = []
        for url in newSourceOrder {
            guard let source = newSources[url] else { continue }
            guard let title = source.title else {
                problems.append(SheetProblem(file: file, line: source.firstLine, column: layout.name(.sourceTitle),
                                             message: "expected the title of the new source \(url), found nothing"))
                continue
            }
            let host = Self.host(of: url)
            changes.append(.newSource(Source(id: source.id, url: url, title: title, publisher: source.publisher ?? host, published: nil,
                                             isOfficial: host == "menpan.go.id" || host.hasSuffix(".menpan.go.id"))))
        }
        for draft in malls.values.sorted(by: { $0.id < $1.id }) {
            checkHistory(draft.stages, what: "\(draft.name ?? draft.id) (\(draft.id))")
            if let base = draft.base {
                changes += MallStage.allCases.compactMap { stage in
                    draft.stages[stage].flatMap { $0.changedOn == nil ? nil : .mallStage(mall: base, before: $0.original, after: $0.value) }
                }
                if draft.portal.changedOn != nil { changes.append(.portal(mall: base, after: draft.portal.value, sources: draft.portalSources)) }
                changes += draft.counts.map { .count(mall: base, $0.count) }
                if draft.note.changedOn != nil, let note = draft.note.value { changes.append(.mallNote(mall: base, after: note)) }
            } else if let name = draft.name {
                changes.append(.newMall(Mall(
                    id: draft.id, place: draft.place, name: name, stages: MallStage.allCases.compactMap { draft.stages[$0]?.value },
                    portalIntegration: draft.portal.value, portalSources: draft.portalSources, counts: draft.counts.map(\.count),
                    sources: draft.sources, note: draft.note.value)))
            } else {
                problems.append(SheetProblem(file: file, line: draft.firstLine, column: layout.name(.mallName),
                                             message: "expected the name of the new MPP \(draft.id), found nothing"))
            }
        }
        for draft in digital.values.sorted(by: { $0.place < $1.place }) {
            checkHistory(draft.stages, what: "MPP Digital of \(draft.place.code)")
            changes += DigitalStage.allCases.compactMap { stage in
                draft.stages[stage].flatMap { $0.changedOn == nil ? nil : .digitalStage(place: draft.place, before: $0.original, after: $0.value) }
            }
            changes += draft.services.map { .digitalService(place: draft.place, $0) }
        }
        return changes
    }

    /// Reports a known date before the known date of an earlier stage, on the row that gave it.
    mutating func checkHistory<Stage: HistoryStage>(_ stages: [Stage: Proposal<StageEvent<Stage>>], what: String) {
        var earlier: Proposal<StageEvent<Stage>>?
        for stage in Stage.allCases {
            guard let proposal = stages[stage], let date = proposal.value.date else { continue }
            if let earlier, let earlierDate = earlier.value.date, date.lastDay < earlierDate.firstDay {
                if let line = proposal.changedOn {
                    problems.append(SheetProblem(file: file, line: line, column: layout.name(.date),
                                                 message: "expected a date no earlier than \(earlierDate), the date of \(earlier.value.stage.rawValue) of \(what), found \"\(date)\" (a history cannot go back in time)"))
                } else if let line = earlier.changedOn {
                    problems.append(SheetProblem(file: file, line: line, column: layout.name(.date),
                                                 message: "expected a date no later than \(date), the date of \(stage.rawValue) of \(what), found \"\(earlierDate)\" (a history cannot go back in time)"))
                }
            }
            earlier = proposal
        }
    }
}

extension String {
    /// The string without `-` at either end.
    func trimmingDashes() -> String {
        String(drop { $0 == "-" }.reversed().drop { $0 == "-" }.reversed())
    }
}
