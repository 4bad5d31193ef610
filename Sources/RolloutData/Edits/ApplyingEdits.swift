extension Snapshot {
    /// The snapshot with the edit made, in canonical order, its `asOf` moved forward to the
    /// newest date the edit adds (a fact of 2026 makes a snapshot of 2026). The revision is left
    /// alone: saving raises it. Throws when the edit names a record the snapshot lacks, adds one it
    /// already has, or breaks a rule of the format; the snapshot itself is never changed.
    public func applying(_ edit: SnapshotEdit) throws(EditError) -> Snapshot {
        var next = self
        try next.apply(edit)
        if let newest = edit.newestFactDay, newest > next.asOf { next.asOf = newest }
        if let published = edit.newestPublication, published > max(next.asOf, next.regionsAsOf ?? next.asOf) {
            next.asOf = published
        }
        let problems = SnapshotValidator.problems(in: next)
        guard problems.isEmpty else { throw EditError(problems: problems) }
        return next.canonicalized()
    }

    private mutating func apply(_ edit: SnapshotEdit) throws(EditError) {
        switch edit {
        case .setMallStage(let id, let event):
            let index = try mallIndex(id)
            malls[index].stages.removeAll { $0.stage == event.stage }
            malls[index].stages.append(event)
            malls[index].stages.sort { $0.stage < $1.stage }
        case .setPortalIntegration(let id, let integration, let sources):
            let index = try mallIndex(id)
            malls[index].portalIntegration = integration
            malls[index].portalSources = sources
        case .addFacilityCount(let id, let count):
            let index = try mallIndex(id)
            guard !malls[index].counts.contains(count) else { throw EditError("this count of \(id) is already recorded") }
            malls[index].counts.append(count)
        case .setMallNote(let id, let note):
            malls[try mallIndex(id)].note = note
        case .setDigitalStage(let place, let event):
            let index = digitalIndex(place)
            digital[index].stages.removeAll { $0.stage == event.stage }
            digital[index].stages.append(event)
            digital[index].stages.sort { $0.stage < $1.stage }
        case .setDigitalService(let place, let service):
            let index = digitalIndex(place)
            guard !digital[index].stages.isEmpty else {
                throw EditError("\(place.code) has no MPP Digital stage on record; record its stage before its services")
            }
            digital[index].services.removeAll { $0.name.lowercased() == service.name.lowercased() }
            digital[index].services.append(service)
        case .addMall(let mall):
            guard !malls.contains(where: { $0.id == mall.id }) else { throw EditError("an MPP with id \"\(mall.id)\" is already recorded") }
            malls.append(mall)
        case .addReportedTotal(let total):
            guard !reportedTotals.contains(total) else { throw EditError("this total of \(total.date) is already recorded") }
            reportedTotals.append(total)
        case .addBatch(let batch):
            guard !batches.contains(where: { $0.id == batch.id }) else { throw EditError("a batch with id \"\(batch.id)\" is already recorded") }
            batches.append(batch)
        case .addCoverageClaim(let claim):
            guard !coverageClaims.contains(where: { $0.id == claim.id }) else {
                throw EditError("a coverage claim with id \"\(claim.id)\" is already recorded")
            }
            coverageClaims.append(claim)
        case .addSource(let source):
            guard !sources.contains(where: { $0.id == source.id }) else { throw EditError("a source with id \"\(source.id)\" is already recorded") }
            if let url = source.url, let known = sources.first(where: { $0.url == url }) {
                throw EditError("the URL \(url) is already the source \"\(known.id)\"")
            }
            sources.append(source)
        case .addConflict(let conflict):
            guard !conflicts.contains(where: { $0.id == conflict.id }) else {
                throw EditError("a conflict with id \"\(conflict.id)\" is already recorded")
            }
            conflicts.append(conflict)
        case .group(let edits):
            for edit in edits { try apply(edit) }
        }
    }

    private func mallIndex(_ id: String) throws(EditError) -> Int {
        guard let index = malls.firstIndex(where: { $0.id == id }) else { throw EditError("no MPP with id \"\(id)\" is recorded") }
        return index
    }

    /// The MPP Digital entry of a place, added (with no stages yet) when it has none.
    private mutating func digitalIndex(_ place: Place) -> Int {
        if let index = digital.firstIndex(where: { $0.place == place }) { return index }
        digital.append(DigitalAdoption(place: place, stages: []))
        return digital.count - 1
    }
}

extension SnapshotEdit {
    /// The latest first day of the dates of the facts the edit adds (not of its sources'
    /// publication), if it adds any dated fact.
    var newestFactDay: Day? {
        factDates.map(\.firstDay).max()
    }

    /// The latest first day of a publication date of a source the edit adds.
    var newestPublication: Day? {
        switch self {
        case .addSource(let source): return source.published?.firstDay
        case .group(let edits): return edits.compactMap(\.newestPublication).max()
        default: return nil
        }
    }

    private var factDates: [PartialDate] {
        switch self {
        case .setMallStage(_, let event): return [event.date].compactMap { $0 }
        case .setDigitalStage(_, let event): return [event.date].compactMap { $0 }
        case .addFacilityCount(_, let count): return [count.date].compactMap { $0 }
        case .setDigitalService(_, let service): return [service.date].compactMap { $0 }
        case .addMall(let mall): return mall.stages.compactMap(\.date) + mall.counts.compactMap(\.date)
        case .addReportedTotal(let total): return [total.date]
        case .addBatch(let batch): return [batch.date].compactMap { $0 }
        case .addCoverageClaim(let claim): return [claim.date]
        case .addConflict(let conflict): return conflict.claims.compactMap(\.date)
        case .setPortalIntegration, .setMallNote, .addSource: return []
        case .group(let edits): return edits.flatMap(\.factDates)
        }
    }
}
