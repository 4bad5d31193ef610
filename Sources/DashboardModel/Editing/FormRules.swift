import Localization
import RolloutData

/// What a source field names: a source of the data, or the URL of a new one.
package enum SourceReference: Hashable {
    case known(id: String)
    case new(url: String, host: String)
    case empty
    /// Neither a known id or URL nor a URL.
    case invalid
}

/// The rules of the forms: which fields show, which must be filled, what each one's problem
/// is as the user types, and the prefills that follow other fields.
package enum FormRules {
    /// True when the form shows the field: a new source's title, publisher and kind only while its
    /// source is a new URL, a claim only up to the number of claims chosen, the regions of a
    /// coverage claim unless it says none has an MPP.
    package static func isVisible(_ field: FormField, in form: Form, _ state: DashboardState) -> Bool {
        switch field.key {
        case .sourceTitle(let slot), .sourcePublisher(let slot), .sourceOfficial(let slot):
            guard let source = form.field(.source(slot)) else { return true }
            guard isVisible(source, in: form, state), case .new = reference(source.text, state) else { return false }
            return true
        case .claimText(let claim, _), .claimValue(let claim):
            return claim <= claimCount(form)
        case .source(let claim):
            return claim == 0 || claim <= claimCount(form)
        case .regions:
            return form.field(.scope).map { Choices.values(.scopes)[$0.choice] != CoverageScope.none.rawValue } ?? true
        default:
            return true
        }
    }

    /// The number of claims a conflict form shows.
    package static func claimCount(_ form: Form) -> Int {
        (form.field(.claimCount)?.choice ?? 0) + Choices.claimCounts.lowerBound
    }

    /// The indices of the fields shown, in order.
    package static func visibleFields(_ form: Form, _ state: DashboardState) -> [Int] {
        form.fields.indices.filter { isVisible(form.fields[$0], in: form, state) }
    }

    /// True when the field must be filled: a source unless the Portal integration is unknown, the
    /// regions of a claim that lists them.
    package static func isRequired(_ field: FormField, in form: Form) -> Bool {
        switch field.key {
        case .source(0) where form.field(.portal).map({ Choices.values(.portal)[$0.choice] == PortalIntegration.unknown.rawValue }) == true:
            return false
        case .regions:
            return form.field(.scope).map { Choices.values(.scopes)[$0.choice] == CoverageScope.listed.rawValue } ?? false
        default:
            return field.isRequired
        }
    }

    /// What a source field's text names.
    package static func reference(_ text: String, _ state: DashboardState) -> SourceReference {
        let text = FieldValues.trimmed(text)
        guard !text.isEmpty else { return .empty }
        if state.store.index.sourceByID[text] != nil { return .known(id: text) }
        if let known = state.store.snapshot.sources.first(where: { $0.url == text }) { return .known(id: known.id) }
        guard let host = FieldValues.host(ofURL: text) else { return .invalid }
        return .new(url: text, host: host)
    }

    /// The problem of a shown field, in the interface language; nil when it has none. A missing
    /// value is a problem once the field was visited or the form submitted; a wrong one at once.
    package static func problem(_ field: FormField, in form: Form, _ state: DashboardState) -> String? {
        let language = state.language
        guard isVisible(field, in: form, state) else { return nil }
        let text = FieldValues.trimmed(field.text)
        let shown = field.touched || form.submitted
        if case .pickMany = field.kind {
            return isRequired(field, in: form) && field.picked.isEmpty && shown ? language.text(.problemPickOne) : nil
        }
        if text.isEmpty {
            if field.key == .agencies, form.field(.services).map({ FieldValues.trimmed($0.text).isEmpty }) == true, shown {
                return language.text(.problemCountNeeded)
            }
            return isRequired(field, in: form) && shown ? language.text(.problemRequired) : nil
        }
        switch field.kind {
        case .date:
            guard let date = FieldValues.date(text) else { return language.text(.problemDate) }
            return date.firstDay > state.today ? language.text(.problemDateFuture, language.date(state.today)) : nil
        case .count:
            return FieldValues.count(text) == nil ? language.text(.problemCount) : nil
        case .url:
            guard FieldValues.host(ofURL: text) != nil else { return language.text(.problemURL) }
            if case .known(let id) = reference(text, state) { return language.text(.problemURLKnown, id) }
            return nil
        case .source:
            return reference(text, state) == .invalid ? language.text(.problemSource) : nil
        case .pick(let list):
            return PickLists.resolve(list, text, form, state) == nil ? language.text(.problemPick) : nil
        case .text where field.key == .mallID:
            return mallIDProblem(text, state)
        case .text, .choice, .pickMany:
            return nil
        }
    }

    /// The problems of every shown field, by field index.
    package static func problems(_ form: Form, _ state: DashboardState) -> [(index: Int, problem: String)] {
        visibleFields(form, state).compactMap { index in problem(form.fields[index], in: form, state).map { (index, $0) } }
    }

    /// A new MPP's id: of the data's form, and not taken.
    private static func mallIDProblem(_ id: String, _ state: DashboardState) -> String? {
        let allowed = id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "." }
        guard allowed else { return state.language.text(.problemIdentifier) }
        return state.store.index.mallByID[id] != nil ? state.language.text(.problemMallIDTaken) : nil
    }

    /// Brings the prefills that follow other fields up to date: a new source's publisher (its
    /// URL's host) and whether it is official (KemenPAN-RB's own site), until the user changes them.
    package static func followPrefills(_ form: inout Form, _ state: DashboardState) {
        for index in form.fields.indices {
            let slot: Int
            switch form.fields[index].key {
            case .sourcePublisher(let number), .sourceOfficial(let number): slot = number
            default: continue
            }
            guard !form.fields[index].edited else { continue }
            let url = form.field(.source(slot))?.text ?? form.field(.url)?.text ?? ""
            let host = FieldValues.host(ofURL: url)
            if form.fields[index].key == .sourcePublisher(slot) {
                form.fields[index].text = host ?? ""
            } else {
                let official = host.map { $0 == "menpan.go.id" || $0.hasSuffix(".menpan.go.id") } ?? false
                form.fields[index].choice = Choices.index(of: official ? "yes" : "no", in: .yesNo)
            }
        }
    }
}
