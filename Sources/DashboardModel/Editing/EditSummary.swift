import Localization
package import RolloutData

/// An edit in a few words, for the messages that say what was recorded, undone or redone:
/// "tahap Diresmikan · MPP Kota Makassar".
package enum EditSummary {
    package static func text(_ edit: SnapshotEdit, _ state: DashboardState) -> String {
        let language = state.language
        let index = state.store.index
        func mall(_ id: String) -> String { index.mallByID[id]?.name ?? id }
        func place(_ place: Place) -> String { RecordNames.place(place.code, index) }
        switch edit {
        case .setMallStage(let id, let event):
            return language.text(.summaryStage, language.name(event.stage), mall(id))
        case .setPortalIntegration(let id, let integration, _):
            return language.text(.summaryPortal, MallPage.portalText(integration, language), mall(id))
        case .addFacilityCount(let id, _):
            return language.text(.summaryCount, mall(id))
        case .setMallNote(let id, _):
            return language.text(.summaryNote, mall(id))
        case .setDigitalStage(let target, let event):
            return language.text(.summaryDigitalStage, language.name(event.stage), place(target))
        case .setDigitalService(let target, let service):
            return language.text(.summaryDigitalService, service.name, place(target))
        case .addMall(let added):
            return language.text(.summaryNewMall, added.name)
        case .addReportedTotal(let total):
            return language.text(.summaryTotal, language.integer(total.total), language.date(total.date))
        case .addBatch(let batch):
            return language.text(.summaryBatch, language.date(batch.date, unknown: state.glyphs.emDash), language.integer(batch.mallIDs.count))
        case .addCoverageClaim(let claim):
            return language.text(.summaryClaim, index.provinceByCode[claim.provinceCode]?.name ?? claim.provinceCode, language.date(claim.date))
        case .addSource(let source):
            return language.text(.summarySource, source.id)
        case .addConflict(let conflict):
            return language.text(.summaryConflict, language.pick(conflict.topic))
        case .group(let edits):
            // A form's group is its new sources and then its fact: the fact says what it was.
            guard let fact = edits.last(where: { if case .addSource = $0 { return false } else { return true } }) ?? edits.last else {
                return language.text(.summaryNothing)
            }
            return text(fact, state)
        }
    }
}
