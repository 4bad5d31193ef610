import Localization
import RolloutData

/// The fields of each form, prefilled from the data where it knows the answer: the stage after
/// the last one recorded, the MPP's note, the new MPP's id and name, the province or subject the
/// user is on.
package enum FormCatalog {
    package static func form(_ kind: FormKind, _ state: DashboardState) -> Form {
        let index = state.store.index
        var fields: [FormField]
        switch kind {
        case .mallStage(let id):
            let next = nextStage(after: index.mallByID[id]?.stages.map(\.stage) ?? [])
            fields = [FormField(.mallStage, .choice(.mallStages), choice: Choices.index(of: next.rawValue, in: .mallStages)),
                      FormField(.date, .date)] + sourceFields(0) + noteFields(FieldKey.note)
        case .portalIntegration(let id):
            let current = index.mallByID[id]?.portalIntegration ?? .unknown
            fields = [FormField(.portal, .choice(.portal), choice: Choices.index(of: current.rawValue, in: .portal))] + sourceFields(0)
        case .facilityCount:
            fields = [FormField(.date, .date), FormField(.services, .count), FormField(.agencies, .count)] + sourceFields(0)
                + noteFields(FieldKey.note)
        case .mallNote(let id):
            fields = noteFields(FieldKey.note, index.mallByID[id]?.note)
        case .digitalStage(let place):
            let next = nextStage(after: index.digitalByPlace[place]?.stages.map(\.stage) ?? [])
            fields = [FormField(.digitalStage, .choice(.digitalStages), choice: Choices.index(of: next.rawValue, in: .digitalStages)),
                      FormField(.date, .date)] + sourceFields(0) + noteFields(FieldKey.note)
        case .digitalService:
            fields = [FormField(.serviceName, .text, required: true), FormField(.date, .date)] + sourceFields(0)
        case .newMall(let place):
            let id = Identifiers.unique("mpp-\(place.code)") { index.mallByID[$0] != nil }
            fields = [FormField(.mallID, .text, required: true, text: id),
                      FormField(.mallName, .text, required: true, text: mallName(place, index)),
                      FormField(.mallStage, .choice(.mallStages), choice: Choices.index(of: MallStage.inaugurated.rawValue, in: .mallStages)),
                      FormField(.date, .date)] + sourceFields(0)
        case .reportedTotal:
            fields = [FormField(.date, .date, required: true), FormField(.total, .count, required: true),
                      FormField(.reporter, .choice(.reporters), choice: Choices.index(of: Reporter.kemenpanrb.rawValue, in: .reporters)),
                      FormField(.approximate, .choice(.yesNo)), FormField(.batchRelation, .choice(.batchRelations))] + sourceFields(0)
        case .batch:
            fields = [FormField(.date, .date, required: true), FormField(.batchKind, .choice(.batchKinds)),
                      FormField(.announced, .count),
                      FormField(.reporter, .choice(.reporters), choice: Choices.index(of: Reporter.kemenpanrb.rawValue, in: .reporters)),
                      FormField(.members, .pickMany(.malls))] + sourceFields(0)
        case .coverageClaim(let code):
            fields = [FormField(.province, .pick(.provinces), required: true, text: code ?? ""), FormField(.scope, .choice(.scopes)),
                      FormField(.regions, .pickMany(.claimRegions)), FormField(.count, .count),
                      FormField(.date, .date, required: true)] + sourceFields(0)
        case .source:
            fields = [FormField(.url, .url)] + newSourceFields(0) + [FormField(.published, .date)]
        case .conflict(let subject):
            fields = [FormField(.subject, .pick(.subjects), required: true, text: subject ?? "")] + noteFields(FieldKey.topic, required: true)
                + [FormField(.claimCount, .choice(.claimCounts))]
            for claim in 1...Choices.claimCounts.upperBound {
                fields += [FormField(.claimText(claim, .indonesian), .text, required: true), FormField(.claimText(claim, .english), .text),
                           FormField(.claimValue(claim), .count)] + sourceFields(claim)
            }
        }
        for index in fields.indices where fields[index].kind.hasSuggestions {
            fields[index].cursor = -1
        }
        return Form(kind: kind, fields: fields)
    }

    /// A fact's source, and what a new one needs: its title, publisher and whether it is official.
    private static func sourceFields(_ slot: Int) -> [FormField] {
        [FormField(.source(slot), .source, required: true)] + newSourceFields(slot)
    }

    private static func newSourceFields(_ slot: Int) -> [FormField] {
        [FormField(.sourceTitle(slot), .text, required: true), FormField(.sourcePublisher(slot), .text, required: true),
         FormField(.sourceOfficial(slot), .choice(.yesNo))]
    }

    /// The two fields of a bilingual text, Bahasa Indonesia first, prefilled with `text`.
    private static func noteFields(_ key: (Language) -> FieldKey, _ text: LocalizedText? = nil, required: Bool = false) -> [FormField] {
        [FormField(key(.indonesian), .text, required: required, text: text?.indonesian ?? ""),
         FormField(key(.english), .text, text: text?.english ?? "")]
    }

    /// The first stage after every stage recorded; the last stage when it is recorded.
    private static func nextStage<Stage: HistoryStage>(after recorded: [Stage]) -> Stage {
        Stage.allCases.first { stage in recorded.allSatisfy { $0 < stage } } ?? Stage.allCases.last!
    }

    /// "MPP Kabupaten Gowa", "MPP Kota Makassar", "MPP DK Jakarta": how the data names an MPP.
    private static func mallName(_ place: Place, _ index: RolloutIndex) -> String {
        switch place {
        case .region(let code):
            guard let region = index.regionByCode[code] else { return "MPP" }
            return "MPP \(region.kind == .kota ? "Kota" : "Kabupaten") \(region.name)"
        case .province(let code):
            return "MPP \(index.provinceByCode[code]?.name ?? code)"
        }
    }
}

extension FieldKind {
    /// Pick and source fields list suggestions under themselves while typed in.
    var hasSuggestions: Bool {
        switch self {
        case .pick, .source: return true
        default: return false
        }
    }
}
