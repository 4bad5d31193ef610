import Localization
package import RolloutData

/// The edit a filled form makes: its fact, with the new sources it cites added first in one
/// group (undone as one).
package enum FormEdit {
    /// The form's edit; nil while a shown field has a problem.
    package static func edit(_ form: Form, _ state: DashboardState) -> SnapshotEdit? {
        guard FormRules.problems(form, state).isEmpty else { return nil }
        var values = Values(form: form, state: state)
        let fact = values.fact()
        return values.newSources.isEmpty ? fact : .group(values.newSources.map(SnapshotEdit.addSource) + [fact])
    }

    /// The values of a form whose shown fields are all valid, and the new sources they cite.
    private struct Values {
        let form: Form
        let state: DashboardState
        var newSources: [Source] = []

        init(form: Form, state: DashboardState) {
            self.form = form
            self.state = state
        }

        var snapshot: Snapshot { state.store.snapshot }

        func text(_ key: FieldKey) -> String? {
            form.field(key).map { FieldValues.trimmed($0.text) }.flatMap { $0.isEmpty ? nil : $0 }
        }

        func date(_ key: FieldKey) -> PartialDate? { text(key).flatMap(FieldValues.date) }

        func count(_ key: FieldKey) -> Int? { text(key).flatMap(FieldValues.count) }

        func choice(_ key: FieldKey) -> String {
            guard let field = form.field(key), case .choice(let list) = field.kind else { return "" }
            return Choices.values(list)[field.choice]
        }

        func localized(_ key: (Language) -> FieldKey) -> LocalizedText? {
            LocalizedText(indonesian: text(key(.indonesian)), english: text(key(.english)))
        }

        func picked(_ key: FieldKey) -> [String] { form.field(key)?.picked ?? [] }

        func isTaken(_ id: String) -> Bool {
            state.store.index.sourceByID[id] != nil || newSources.contains { $0.id == id }
        }

        /// The sources of a slot: a known one, or a new one (added once, whatever the slots citing it).
        mutating func sources(_ slot: Int) -> [String] {
            switch FormRules.reference(form.field(.source(slot))?.text ?? "", state) {
            case .known(let id):
                return [id]
            case .new(let url, _):
                if let added = newSources.first(where: { $0.url == url }) { return [added.id] }
                return [addSource(url: url, slot: slot, published: nil)]
            case .empty, .invalid:
                return []
            }
        }

        /// A new source from the fields of a slot; returns its id.
        mutating func addSource(url: String?, slot: Int, published: PartialDate?) -> String {
            let title = text(.sourceTitle(slot)) ?? ""
            let publisher = text(.sourcePublisher(slot)) ?? ""
            let base = url.map(Identifiers.source) ?? Identifiers.slug("\(publisher) \(title)").split(separator: "-").prefix(6).joined(separator: "-")
            let id = Identifiers.unique(base.isEmpty ? "source" : base, isTaken: isTaken)
            newSources.append(Source(id: id, url: url, title: title, publisher: publisher, published: published,
                                     isOfficial: choice(.sourceOfficial(slot)) == "yes"))
            return id
        }

        mutating func stageEvent<Stage: HistoryStage>(_ key: FieldKey) -> StageEvent<Stage> {
            StageEvent(stage: Stage(rawValue: choice(key))!, date: date(.date), sources: sources(0), note: localized(FieldKey.note))
        }

        mutating func fact() -> SnapshotEdit {
            switch form.kind {
            case .mallStage(let id):
                return .setMallStage(mallID: id, event: stageEvent(.mallStage))
            case .portalIntegration(let id):
                return .setPortalIntegration(mallID: id, integration: PortalIntegration(rawValue: choice(.portal))!, sources: sources(0))
            case .facilityCount(let id):
                return .addFacilityCount(mallID: id, count: FacilityCount(date: date(.date), services: count(.services), agencies: count(.agencies),
                                                                          sources: sources(0), note: localized(FieldKey.note)))
            case .mallNote(let id):
                return .setMallNote(mallID: id, note: localized(FieldKey.note))
            case .digitalStage(let place):
                return .setDigitalStage(place: place, event: stageEvent(.digitalStage))
            case .digitalService(let place):
                return .setDigitalService(place: place, service: DigitalService(name: text(.serviceName) ?? "", date: date(.date), sources: sources(0)))
            case .newMall(let place):
                let sources = sources(0)
                let event = StageEvent(stage: MallStage(rawValue: choice(.mallStage))!, date: date(.date), sources: sources)
                return .addMall(Mall(id: text(.mallID) ?? "", place: place, name: text(.mallName) ?? "", stages: [event], sources: sources))
            case .reportedTotal:
                return .addReportedTotal(ReportedTotal(date: date(.date)!, total: count(.total) ?? 0, reporter: Reporter(rawValue: choice(.reporter))!,
                                                       isApproximate: choice(.approximate) == "yes",
                                                       batchRelation: BatchRelation(rawValue: choice(.batchRelation)), sources: sources(0)))
            case .batch:
                let date = date(.date)!
                let sources = sources(0)
                let announcements = count(.announced).map { [Announcement(count: $0, reporter: Reporter(rawValue: choice(.reporter))!, sources: sources)] }
                let id = Identifiers.unique(date.description) { id in snapshot.batches.contains { $0.id == id } }
                return .addBatch(Batch(id: id, date: date, kind: BatchKind(rawValue: choice(.batchKind))!, announcements: announcements ?? [],
                                       mallIDs: picked(.members), sources: sources))
            case .coverageClaim:
                let date = date(.date)!
                let province = PickLists.resolve(.provinces, text(.province) ?? "", form, state) ?? ""
                let scope = CoverageScope(rawValue: choice(.scope))!
                let id = Identifiers.unique("\(date)-\(province)-\(scope.rawValue)") { id in snapshot.coverageClaims.contains { $0.id == id } }
                let regions = picked(.regions)
                return .addCoverageClaim(CoverageClaim(id: id, date: date, provinceCode: province, covers: scope,
                                                       regions: scope == .listed ? regions : [], except: scope == .all ? regions : [],
                                                       count: count(.count), sources: sources(0)))
            case .source:
                _ = addSource(url: text(.url), slot: 0, published: date(.published))
                return .addSource(newSources.removeLast())
            case .conflict:
                let subject = PickLists.resolve(.subjects, text(.subject) ?? "", form, state) ?? ""
                let base = String(subject.replacing(":", with: "-").lowercased().unicodeScalars.filter {
                    ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "."
                })
                let id = Identifiers.unique(base) { id in snapshot.conflicts.contains { $0.id == id } }
                let claims = (1...FormRules.claimCount(form)).map { claim in
                    Claim(text: localized { .claimText(claim, $0) } ?? LocalizedText(indonesian: ""), value: count(.claimValue(claim)),
                          sources: sources(claim))
                }
                return .addConflict(Conflict(id: id, subject: subject, topic: localized(FieldKey.topic) ?? LocalizedText(indonesian: ""),
                                             claims: claims))
            }
        }
    }
}
