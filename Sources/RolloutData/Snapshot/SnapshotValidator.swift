public import JSONSupport
/// The checks of a snapshot's meaning, beyond the types its decoder checks: identity, references,
/// histories, dates and counts (docs/snapshot-format.md, "What validation checks").
public enum SnapshotValidator {
    /// Every problem in the snapshot; empty when it is valid. `fileIndices` maps records back to
    /// their position in the file when some records were dropped while decoding.
    public static func problems(in snapshot: Snapshot, fileIndices: FileIndices = FileIndices()) -> [SnapshotProblem] {
        var check = Checker(snapshot: snapshot, indices: fileIndices)
        check.run()
        return check.problems
    }
}

private struct Checker {
    let snapshot: Snapshot
    let indices: FileIndices
    var problems: [SnapshotProblem] = []
    var sourceIDs: Set<String> = []
    var provinceCodes: Set<String> = []
    var regionCodes: Set<String> = []
    var mallIDs: Set<String> = []
    var batchIDs: Set<String> = []
    var milestoneIDs: Set<String> = []
    var conflictIDs: Set<String> = []
    var claimIDs: Set<String> = []
    var totalDates: Set<String> = []

    init(snapshot: Snapshot, indices: FileIndices) {
        self.snapshot = snapshot
        self.indices = indices
    }

    mutating func run() {
        checkText(snapshot.title, at: JSONPath().appending(key: "title"))
        checkSources()
        checkSourceList(snapshot.administrativeSources, at: JSONPath().appending(key: "administrativeSources"), required: false)
        checkProvinces()
        checkRegions()
        checkMalls()
        checkDigital()
        checkTotals()
        checkBatches()
        checkMilestones()
        checkCoverageClaims()
        checkConflicts()
    }

    // MARK: Lists

    mutating func checkSources() {
        for (position, source) in snapshot.sources.enumerated() {
            let path = { [indices] in indices.path("sources", position) }
            checkIdentifier(source.id, at: path().appending(key: "id"), unique: \.sourceIDs, what: "source id")
            if let url = source.url, !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
                report(path().appending(key: "url"), "expected a URL starting with https:// or http://, found \"\(url)\"")
            }
            checkPublished(source.published, at: path().appending(key: "published"))
        }
    }

    mutating func checkProvinces() {
        for (position, province) in snapshot.provinces.enumerated() {
            let path = { [indices] in indices.path("provinces", position).appending(key: "code") }
            guard isCode(province.code, digits: [2]) else {
                report(path(), "expected a two-digit Kemendagri province code such as \"11\", found \"\(province.code)\"")
                continue
            }
            if !provinceCodes.insert(province.code).inserted {
                report(path(), "duplicate province code \"\(province.code)\"")
            }
        }
    }

    mutating func checkRegions() {
        for (position, region) in snapshot.regions.enumerated() {
            let path = { [indices] in indices.path("regions", position) }
            let wellFormed = isCode(region.code, digits: [2, 2])
            if !wellFormed {
                report(path().appending(key: "code"), "expected a Kemendagri code PP.NN such as \"11.01\", found \"\(region.code)\"")
            } else if !regionCodes.insert(region.code).inserted {
                report(path().appending(key: "code"), "duplicate region code \"\(region.code)\"")
            }
            if isUnknown(region.provinceCode, in: provinceCodes, list: "provinces") {
                report(path().appending(key: "province"), "unknown province \"\(region.provinceCode)\" (not in provinces)")
            } else if wellFormed, Place.region(region.code).provinceCode != region.provinceCode {
                report(path().appending(key: "province"), "region \"\(region.code)\" cannot lie in province \"\(region.provinceCode)\": its code begins with \"\(Place.region(region.code).provinceCode)\"")
            }
        }
    }

    mutating func checkMalls() {
        for position in snapshot.malls.indices {
            let mall = snapshot.malls[position]
            let path = { [indices] in indices.path("malls", position) }
            checkIdentifier(mall.id, at: path().appending(key: "id"), unique: \.mallIDs, what: "mall id")
            checkPlace(mall.place, at: path())
            checkHistory(mall.stages, at: path().appending(key: "stages"))
            for (index, count) in mall.counts.enumerated() {
                checkCount(count, at: path().appending(key: "counts").appending(index: index))
            }
            checkSourceList(mall.sources, at: path().appending(key: "sources"), required: true)
            checkSourceList(mall.portalSources, at: path().appending(key: "portalSources"), required: false)
            checkText(mall.note, at: path().appending(key: "note"))
        }
    }

    mutating func checkDigital() {
        var places: Set<Place> = []
        for (position, adoption) in snapshot.digital.enumerated() {
            let path = { [indices] in indices.path("digital", position) }
            checkPlace(adoption.place, at: path())
            if !places.insert(adoption.place).inserted {
                report(path(), "a second MPP Digital entry for \"\(adoption.place.code)\"; expected one entry per region")
            }
            checkHistory(adoption.stages, at: path().appending(key: "stages"))
            checkServices(adoption.services, at: path().appending(key: "services"))
            checkText(adoption.note, at: path().appending(key: "note"))
        }
    }

    /// MPP Digital services: a name, each once per region (whatever the case), sourced and not
    /// dated after `asOf`.
    mutating func checkServices(_ services: [DigitalService], at path: @autoclosure () -> JSONPath) {
        var names: Set<String> = []
        for (index, service) in services.enumerated() {
            let at = path().appending(index: index)
            let name = service.name
            if isBlank(name) {
                report(at.appending(key: "name"), "expected the name of a service, found an empty text")
            } else if !names.insert(name.lowercased()).inserted {
                report(at.appending(key: "name"), "the service \"\(name)\" is listed twice")
            }
            checkDate(service.date, at: at.appending(key: "date"))
            checkSourceList(service.sources, at: at.appending(key: "sources"), required: true)
        }
    }

    mutating func checkTotals() {
        for (position, total) in snapshot.reportedTotals.enumerated() {
            let path = { [indices] in indices.path("reportedTotals", position) }
            totalDates.insert(total.date.description)
            checkDate(total.date, at: path().appending(key: "date"))
            checkWindow(total.window, of: total.date, at: path())
            checkSourceList(total.sources, at: path().appending(key: "sources"), required: true)
            checkText(total.note, at: path().appending(key: "note"))
        }
    }

    mutating func checkBatches() {
        for (position, batch) in snapshot.batches.enumerated() {
            let path = { [indices] in indices.path("batches", position) }
            checkIdentifier(batch.id, at: path().appending(key: "id"), unique: \.batchIDs, what: "batch id")
            checkDate(batch.date, at: path().appending(key: "date"))
            checkWindow(batch.window, of: batch.date, at: path())
            for (index, announcement) in batch.announcements.enumerated() {
                let at = path().appending(key: "announcements").appending(index: index)
                checkSourceList(announcement.sources, at: at.appending(key: "sources"), required: true)
                checkText(announcement.note, at: at.appending(key: "note"))
            }
            var members: Set<String> = []
            for (index, mallID) in batch.mallIDs.enumerated() {
                if isUnknown(mallID, in: mallIDs, list: "malls") {
                    report(path().appending(key: "malls").appending(index: index), "unknown mall \"\(mallID)\" (not in malls)")
                } else if !members.insert(mallID).inserted {
                    report(path().appending(key: "malls").appending(index: index), "mall \"\(mallID)\" is listed twice in this batch")
                }
            }
            checkSourceList(batch.sources, at: path().appending(key: "sources"), required: true)
            checkText(batch.note, at: path().appending(key: "note"))
        }
    }

    mutating func checkMilestones() {
        for (position, milestone) in snapshot.milestones.enumerated() {
            let path = { [indices] in indices.path("milestones", position) }
            checkIdentifier(milestone.id, at: path().appending(key: "id"), unique: \.milestoneIDs, what: "milestone id")
            checkDate(milestone.date, at: path().appending(key: "date"))
            checkSourceList(milestone.sources, at: path().appending(key: "sources"), required: true)
            checkText(milestone.title, at: path().appending(key: "title"))
        }
    }

    mutating func checkCoverageClaims() {
        for (position, claim) in snapshot.coverageClaims.enumerated() {
            let path = { [indices] in indices.path("coverageClaims", position) }
            checkIdentifier(claim.id, at: path().appending(key: "id"), unique: \.claimIDs, what: "coverage claim id")
            checkDate(claim.date, at: path().appending(key: "date"))
            let provinceKnown = !isUnknown(claim.provinceCode, in: provinceCodes, list: "provinces")
            if !provinceKnown {
                report(path().appending(key: "province"), "unknown province \"\(claim.provinceCode)\" (not in provinces)")
            }
            checkClaimRegions(claim.regions, of: claim, key: "regions", allowed: claim.covers == .listed, at: path())
            checkClaimRegions(claim.except, of: claim, key: "except", allowed: claim.covers == .all, at: path())
            if claim.covers == .listed, claim.regions.isEmpty {
                report(path().appending(key: "regions"), "expected at least one region with covers \"listed\", found an empty list")
            }
            checkSourceList(claim.sources, at: path().appending(key: "sources"), required: true)
            checkText(claim.note, at: path().appending(key: "note"))
        }
    }

    /// The `regions` or `except` of a coverage claim: allowed with its kind of claim only, each a
    /// known region of the claim's province.
    mutating func checkClaimRegions(_ codes: [String], of claim: CoverageClaim, key: String, allowed: Bool, at path: JSONPath) {
        if !allowed, !codes.isEmpty {
            let kind = key == "regions" ? "listed" : "all"
            report(path.appending(key: key), "expected an empty list (\"\(key)\" goes with covers \"\(kind)\"), found \(codes.count) region\(codes.count == 1 ? "" : "s") with covers \"\(claim.covers.rawValue)\"")
            return
        }
        for (index, code) in codes.enumerated() {
            if isUnknown(code, in: regionCodes, list: "regions") {
                report(path.appending(key: key).appending(index: index), "unknown region \"\(code)\" (not in regions)")
            } else if Place.region(code).provinceCode != claim.provinceCode {
                report(path.appending(key: key).appending(index: index), "region \"\(code)\" is not in the claim's province \"\(claim.provinceCode)\"")
            }
        }
    }

    mutating func checkConflicts() {
        for (position, conflict) in snapshot.conflicts.enumerated() {
            let path = { [indices] in indices.path("conflicts", position) }
            checkIdentifier(conflict.id, at: path().appending(key: "id"), unique: \.conflictIDs, what: "conflict id")
            checkSubject(conflict.subject, at: path().appending(key: "subject"))
            for (index, subject) in conflict.related.enumerated() {
                checkSubject(subject, at: path().appending(key: "related").appending(index: index))
            }
            checkText(conflict.topic, at: path().appending(key: "topic"))
            checkText(conflict.resolution, at: path().appending(key: "resolution"))
            if conflict.claims.count < 2 {
                report(path().appending(key: "claims"), "expected at least 2 claims (a conflict sets sources against each other), found \(conflict.claims.count)")
            }
            for (index, claim) in conflict.claims.enumerated() {
                let at = path().appending(key: "claims").appending(index: index)
                checkDate(claim.date, at: at.appending(key: "date"))
                checkSourceList(claim.sources, at: at.appending(key: "sources"), required: true)
                checkText(claim.text, at: at.appending(key: "text"))
            }
        }
    }

    // MARK: Shared checks

    mutating func report(_ path: JSONPath, _ message: String) {
        problems.append(SnapshotProblem(path: path, message: message))
    }

    /// Checks an id's form and records it in the set at `seen`, reporting a duplicate.
    mutating func checkIdentifier(_ id: String, at path: @autoclosure () -> JSONPath, unique seen: WritableKeyPath<Checker, Set<String>>, what: String) {
        let allowed = !id.isEmpty && id.utf8.allSatisfy {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
                || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".")
        }
        if !allowed {
            report(path(), "expected a \(what) of lower-case letters, digits, '-' and '.', found \"\(id)\"")
        } else if !self[keyPath: seen].insert(id).inserted {
            report(path(), "duplicate \(what) \"\(id)\"")
        }
    }

    /// True when `value` is not in `known`, the ids or codes of `list`, and cannot be one of the
    /// list's records that were dropped for a problem already reported.
    func isUnknown(_ value: String, in known: Set<String>, list: String) -> Bool {
        !known.contains(value) && indices.isComplete(list)
    }

    mutating func checkPlace(_ place: Place, at path: @autoclosure () -> JSONPath) {
        switch place {
        case .region(let code) where isUnknown(code, in: regionCodes, list: "regions"):
            report(path().appending(key: "region"), "unknown region \"\(code)\" (not in regions)")
        case .province(let code) where isUnknown(code, in: provinceCodes, list: "provinces"):
            report(path().appending(key: "province"), "unknown province \"\(code)\" (not in provinces)")
        default:
            break
        }
    }

    /// A record's date: no fact about the rollout is dated after `asOf`.
    mutating func checkDate(_ date: PartialDate?, at path: @autoclosure () -> JSONPath) {
        guard let date, date.firstDay > snapshot.asOf else { return }
        report(path(), "date \(date) is after the snapshot's own date (asOf \(snapshot.asOf))")
    }

    /// A source's publication date: up to the later of `asOf` and `regionsAsOf`.
    mutating func checkPublished(_ date: PartialDate?, at path: @autoclosure () -> JSONPath) {
        guard let regionsAsOf = snapshot.regionsAsOf, regionsAsOf > snapshot.asOf else {
            checkDate(date, at: path())
            return
        }
        guard let date, date.firstDay > regionsAsOf else { return }
        report(path(), "date \(date) is after the snapshot's dates (asOf \(snapshot.asOf), regionsAsOf \(regionsAsOf))")
    }

    /// A date window: at least one bound, both inside the date's own period, in order, and not
    /// after `asOf`.
    mutating func checkWindow(_ window: DateWindow?, of date: PartialDate?, at record: @autoclosure () -> JSONPath) {
        guard let window else { return }
        let path = record().appending(key: "window")
        guard window.notBefore != nil || window.notAfter != nil else {
            report(path, "expected at least one of \"notBefore\" and \"notAfter\" to be a day, found neither")
            return
        }
        for (key, bound) in [("notBefore", window.notBefore), ("notAfter", window.notAfter)] {
            guard let bound else { continue }
            if let date, !(date.firstDay...date.lastDay).contains(bound) {
                report(path.appending(key: key), "day \(bound) is outside the period of the date \(date)")
            } else {
                checkDate(PartialDate(bound), at: path.appending(key: key))
            }
        }
        if let notBefore = window.notBefore, let notAfter = window.notAfter, notBefore > notAfter {
            report(path, "notBefore \(notBefore) is after notAfter \(notAfter)")
        }
    }

    /// A free text: each language it is given in, non-empty.
    mutating func checkText(_ text: LocalizedText?, at path: @autoclosure () -> JSONPath) {
        guard let text else { return }
        if let part = text.indonesian, isBlank(part) {
            report(path().appending(key: "id"), "expected a non-empty text, found \"\(part)\"")
        }
        if let part = text.english, isBlank(part) {
            report(path().appending(key: "en"), "expected a non-empty text, found \"\(part)\"")
        }
    }

    /// True for a text of white space only (or none); a text that begins with a visible ASCII
    /// character, as nearly all do, is told at its first byte.
    func isBlank(_ text: String) -> Bool {
        if let first = text.utf8.first, (0x21...0x7E).contains(first) { return false }
        return text.allSatisfy(\.isWhitespace)
    }

    /// A count of services and agencies: at least one number, dated no later than `asOf`.
    mutating func checkCount(_ count: FacilityCount, at path: JSONPath) {
        if count.services == nil, count.agencies == nil {
            report(path, "expected \"services\" or \"agencies\" to be a number, found neither")
        }
        checkDate(count.date, at: path.appending(key: "date"))
        checkSourceList(count.sources, at: path.appending(key: "sources"), required: true)
        checkText(count.note, at: path.appending(key: "note"))
    }

    mutating func checkSourceList(_ sources: [String], at path: @autoclosure () -> JSONPath, required: Bool) {
        if required, sources.isEmpty {
            report(path(), "expected at least one source id, found an empty list")
        }
        for (index, id) in sources.enumerated() where isUnknown(id, in: sourceIDs, list: "sources") {
            report(path().appending(index: index), "unknown source \"\(id)\" (not in sources)")
        }
    }

    mutating func checkHistory<Stage: HistoryStage>(_ events: [StageEvent<Stage>], at path: @autoclosure () -> JSONPath) {
        if events.isEmpty {
            report(path(), "expected at least one stage, found an empty list")
        }
        var previous: StageEvent<Stage>?
        var lastDated: StageEvent<Stage>?
        for (index, event) in events.enumerated() {
            if let previous, previous.stage == event.stage {
                report(path().appending(index: index).appending(key: "stage"), "stage \"\(event.stage.rawValue)\" a second time; expected each stage at most once")
            } else if let previous, !(previous.stage < event.stage) {
                report(path().appending(index: index).appending(key: "stage"), "stage \"\(event.stage.rawValue)\" after \"\(previous.stage.rawValue)\"; expected the order \(Stage.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")), each at most once")
            }
            if let date = event.date {
                if let earlier = lastDated, let earlierDate = earlier.date, date.lastDay < earlierDate.firstDay {
                    report(path().appending(index: index).appending(key: "date"), "date \(date) of \"\(event.stage.rawValue)\" is before \(earlierDate) of the earlier stage \"\(earlier.stage.rawValue)\"")
                }
                lastDated = event
            }
            checkDate(event.date, at: path().appending(index: index).appending(key: "date"))
            checkWindow(event.window, of: event.date, at: path().appending(index: index))
            checkSourceList(event.sources, at: path().appending(index: index).appending(key: "sources"), required: true)
            checkText(event.note, at: path().appending(index: index).appending(key: "note"))
            previous = event
        }
    }

    /// A conflict's subject or related subject: of a known kind, naming a record of this snapshot.
    mutating func checkSubject(_ subject: String, at path: @autoclosure () -> JSONPath) {
        if subject == "programme" { return }
        let expected = "expected batch:ID, mall:ID, total:DATE, digital:CODE, region:CODE, province:CODE, claim:ID or programme"
        let parts = subject.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else {
            report(path(), "\(expected), found \"\(subject)\"")
            return
        }
        let (kind, reference) = (parts[0], parts[1])
        let known: Bool
        switch kind {
        case "batch": known = !isUnknown(reference, in: batchIDs, list: "batches")
        case "mall": known = !isUnknown(reference, in: mallIDs, list: "malls")
        case "digital":
            known = !isUnknown(reference, in: regionCodes, list: "regions") || !isUnknown(reference, in: provinceCodes, list: "provinces")
        case "region": known = !isUnknown(reference, in: regionCodes, list: "regions")
        case "province": known = !isUnknown(reference, in: provinceCodes, list: "provinces")
        case "claim": known = !isUnknown(reference, in: claimIDs, list: "coverageClaims")
        case "total":
            known = PartialDate(iso: reference) != nil && !isUnknown(reference, in: totalDates, list: "reportedTotals")
        default:
            report(path(), "\(expected), found \"\(subject)\"")
            return
        }
        if !known {
            report(path(), "\"\(subject)\" refers to nothing in this snapshot")
        }
    }

    func isCode(_ code: String, digits groups: [Int]) -> Bool {
        let parts = code.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == groups.count && zip(parts, groups).allSatisfy { part, width in
            part.count == width && part.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
        }
    }
}
