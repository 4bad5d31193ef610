package import Localization
import RolloutData
import TerminalCanvas

/// A form as its screen shows it, field by field: the label, what was typed or chosen, a hint
/// while empty, what the value reads as (beside it), its problem (under it), and under the field
/// being typed in, its suggestions or the values to pick.
package struct FieldView {
    package var label: String
    package var isRequired: Bool
    package var isFocused: Bool
    /// The field takes typed text (all but a choice): its end shows a text cursor while focused.
    package var takesText: Bool
    /// The text as typed, the option chosen, or the values picked.
    package var value: String
    /// Shown in place of an empty value: what the field takes.
    package var placeholder: String?
    /// What the value reads as: "7 Maret 2026", "Sulawesi Selatan", "sumber baru antaranews-…".
    package var note: String?
    package var problem: String?
    /// The lines listed under the field while it is being typed in.
    package var list: [ListLine]

    /// One line of a field's list: a suggestion, or a value to pick with its mark.
    package struct ListLine {
        package var text: String
        package var isCursor: Bool
    }
}

package enum FormView {
    /// How many lines a field's list shows at most.
    package static let listHeight = 6

    /// A form's title: what it records and of what ("Tahap MPP · MPP Kota Makassar").
    package static func title(_ kind: FormKind, _ state: DashboardState) -> String {
        let language = state.language
        let index = state.store.index
        let what = language.text(kind.title)
        switch kind {
        case .mallStage(let id), .portalIntegration(let id), .facilityCount(let id), .mallNote(let id):
            return "\(what) · \(index.mallByID[id]?.name ?? id)"
        case .digitalStage(let place), .digitalService(let place), .newMall(let place):
            return "\(what) · \(RecordNames.place(place.code, index))"
        case .reportedTotal, .batch, .coverageClaim, .source, .conflict:
            return what
        }
    }

    /// The shown fields, in order.
    package static func fields(_ form: Form, _ state: DashboardState) -> [FieldView] {
        FormRules.visibleFields(form, state).map { view(form.fields[$0], focused: $0 == form.focus, form, state) }
    }

    private static func view(_ field: FormField, focused: Bool, _ form: Form, _ state: DashboardState) -> FieldView {
        let language = state.language
        var view = FieldView(label: label(field.key, language), isRequired: FormRules.isRequired(field, in: form), isFocused: focused,
                             takesText: !field.kind.isChoice, value: field.text, placeholder: nil, note: nil, problem: FormRules.problem(field, in: form, state), list: [])
        let text = FieldValues.trimmed(field.text)
        switch field.kind {
        case .text, .count:
            break
        case .date:
            view.placeholder = language.text(.placeholderDate)
            view.note = FieldValues.date(text).map { language.longDate($0) + MallPage.precisionNote($0.precision, language) }
        case .url:
            view.placeholder = "https://…"
        case .choice(let list):
            let arrows = state.glyphs.isUnicode ? ("◂ ", " ▸") : ("< ", " >")
            view.value = arrows.0 + Choices.label(list, field.choice, language) + arrows.1
            view.note = recordedStage(field, form, state).map { language.text(.stageRecorded, language.date($0, unknown: state.glyphs.emDash)) }
        case .pick(let list):
            view.placeholder = language.text(.placeholderPick)
            view.note = PickLists.resolve(list, text, form, state).flatMap { PickLists.title(list, $0, form, state) }
            if focused { view.list = suggestions(PickLists.listed(field, form, state), cursor: field.cursor, state) }
        case .pickMany(let list):
            view.placeholder = focused ? language.text(.placeholderFilter) : nil
            let names = field.picked.map { PickLists.title(list, $0, form, state) ?? $0 }
            view.note = names.isEmpty ? nil : language.text(.pickedCount, language.integer(names.count), names.joined(separator: ", "))
            if focused { view.list = pickLines(PickLists.listed(field, form, state), field, state) }
        case .source:
            view.placeholder = language.text(.placeholderSource)
            switch FormRules.reference(text, state) {
            case .known(let id):
                view.note = state.store.index.sourceByID[id].map { "\($0.publisher): \($0.title)" }
            case .new:
                view.note = language.text(.sourceNew)
            case .empty, .invalid:
                break
            }
            if focused { view.list = suggestions(PickLists.listed(field, form, state), cursor: field.cursor, state) }
        }
        return view
    }

    /// The date (nil: unknown) of the stage a stage form's choice names, when the history has it
    /// already: the form replaces it. Nil for any other field, and for a stage not recorded.
    private static func recordedStage(_ field: FormField, _ form: Form, _ state: DashboardState) -> PartialDate?? {
        guard case .choice(let list) = field.kind, let value = Choices.values(list)[safe: field.choice] else { return nil }
        switch (form.kind, field.key) {
        case (.mallStage(let id), .mallStage):
            return state.store.index.mallByID[id]?.stages.first { $0.stage.rawValue == value }.map(\.date)
        case (.digitalStage(let place), .digitalStage):
            return state.store.index.digitalByPlace[place]?.stages.first { $0.stage.rawValue == value }.map(\.date)
        default:
            return nil
        }
    }

    /// The suggestions of a pick or source field, around the highlighted one.
    private static func suggestions(_ options: [PickOption], cursor: Int, _ state: DashboardState) -> [FieldView.ListLine] {
        let first = max(0, min(cursor - listHeight / 2, options.count - listHeight))
        return options.enumerated().dropFirst(first).prefix(listHeight).map { offset, option in
            FieldView.ListLine(text: "\(option.value)\(state.glyphs.separator)\(option.title)", isCursor: offset == cursor)
        }
    }

    /// The values of a multi-pick field that match its text, each with its mark, around the cursor.
    private static func pickLines(_ options: [PickOption], _ field: FormField, _ state: DashboardState) -> [FieldView.ListLine] {
        guard !options.isEmpty else { return [FieldView.ListLine(text: state.language.text(.pickNone), isCursor: false)] }
        let first = max(0, min(field.cursor - listHeight / 2, options.count - listHeight))
        return options.enumerated().dropFirst(first).prefix(listHeight).map { offset, option in
            let mark = field.picked.contains(option.value) ? "[x]" : "[ ]"
            return FieldView.ListLine(text: "\(mark) \(option.title)\(state.glyphs.separator)\(option.detail)", isCursor: offset == field.cursor)
        }
    }

    /// The label of a field in the interface language.
    package static func label(_ key: FieldKey, _ language: Language) -> String {
        func bilingual(_ text: String, _ part: Language) -> String {
            "\(text) (\(part == .indonesian ? "Bahasa Indonesia" : "English"))"
        }
        switch key {
        case .mallStage, .digitalStage: return language.text(.fieldStage)
        case .date: return language.text(.columnDate)
        case .portal: return language.text(.fieldPortalShort)
        case .services: return language.text(.fieldServices)
        case .agencies: return language.text(.fieldAgencies)
        case .serviceName: return language.text(.fieldServiceName)
        case .mallID: return language.text(.fieldMallID)
        case .mallName: return language.text(.columnName)
        case .total: return language.text(.fieldTotal)
        case .reporter: return language.text(.fieldReporter)
        case .approximate: return language.text(.fieldApproximate)
        case .batchRelation: return language.text(.fieldBatchRelation)
        case .batchKind: return language.text(.columnKind)
        case .announced: return language.text(.fieldAnnounced)
        case .members: return language.text(.fieldMembers)
        case .province: return language.text(.columnProvince)
        case .scope: return language.text(.fieldScope)
        case .regions: return language.text(.fieldClaimRegions)
        case .count: return language.text(.fieldClaimCount)
        case .url: return "URL"
        case .published: return language.text(.fieldPublished)
        case .subject: return language.text(.fieldSubject)
        case .claimCount: return language.text(.fieldClaims)
        case .note(let part): return bilingual(language.text(.columnNote), part)
        case .topic(let part): return bilingual(language.text(.fieldTopic), part)
        case .claimText(let claim, let part): return bilingual("\(language.text(.fieldClaim)) \(claim)", part)
        case .claimValue(let claim): return "\(language.text(.fieldClaim)) \(claim): \(language.text(.columnValue))"
        case .source(let slot): return slot == 0 ? language.text(.fieldSource) : "\(language.text(.fieldClaim)) \(slot): \(language.text(.fieldSource))"
        case .sourceTitle: return language.text(.fieldSourceTitle)
        case .sourcePublisher: return language.text(.fieldPublisher)
        case .sourceOfficial: return language.text(.fieldOfficial)
        }
    }
}
