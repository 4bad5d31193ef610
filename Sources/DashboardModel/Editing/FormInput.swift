import Localization
import RolloutData
import TerminalCanvas

/// What the keys of an open form do (from the binding table; a typed character types).
public enum FormCommand: Hashable, Sendable {
    case nextField
    case previousField
    /// ↓: the next line of the field's list when it shows one, else the next field.
    case down
    /// ↑: the previous line of the field's list, else the previous field.
    case up
    /// Enter: takes the highlighted suggestion (in a list of many, picks or unpicks the line the
    /// typed words found, and clears them for the next search), else submits the form.
    case submit
    /// Esc: closes the form, asking first when something was typed.
    case cancel
    /// `y` when asked: closes the form, dropping what was typed.
    case discard
    /// Space: picks or unpicks in a list (a space between the words being typed to narrow it),
    /// the next option of a choice, a space in a text.
    case toggle
    case nextChoice
    case previousChoice
    case deleteBackward
    case clearField
}

/// Typing in an edit form: moving between fields, typing and pasting into the focused one (as
/// the prompt does, `LineEditor`), choosing, picking, taking a suggestion, submitting.
package enum FormInput {
    package static func run(_ command: FormCommand, _ state: inout DashboardState, _ form: Form) -> [Effect] {
        var form = form
        let field = form.focusedField
        // Only the keys that move in or take from the field's list need it (scoring a long list costs).
        var listed: [PickOption] { PickLists.listed(field, form, state) }
        switch command {
        case .nextField:
            moveFocus(&form, by: 1, state)
        case .previousField:
            moveFocus(&form, by: -1, state)
        case .down:
            if form.fields[form.focus].cursor < listed.count - 1 {
                form.fields[form.focus].cursor += 1
            } else {
                moveFocus(&form, by: 1, state)
            }
        case .up:
            let lowest = field.kind.hasSuggestions ? 0 : 1
            if field.cursor >= lowest, !listed.isEmpty {
                form.fields[form.focus].cursor -= 1
            } else {
                moveFocus(&form, by: -1, state)
            }
        case .submit:
            if case .pickMany = field.kind, !field.text.isEmpty, let option = listed[safe: field.cursor] {
                togglePick(option, &form, state)
                edit(&form, state) { $0.text = "" }
            } else if field.kind.hasSuggestions, let option = listed[safe: field.cursor] {
                edit(&form, state) { $0.text = option.value }
                form.fields[form.focus].cursor = -1
            } else {
                return submit(&state, form)
            }
        case .cancel:
            guard form.isModified else {
                state.mode = .browsing
                return []
            }
            form.confirmingCancel = true
        case .discard:
            state.mode = .browsing
            state.message = StatusMessage(state.language.text(.formDiscarded))
            return []
        case .toggle:
            switch field.kind {
            case .pickMany where !field.text.isEmpty:
                return type(" ", &state, form)
            case .pickMany:
                guard let option = listed[safe: field.cursor] else { break }
                togglePick(option, &form, state)
            case .choice(let list):
                edit(&form, state) { $0.choice = ($0.choice + 1) % Choices.values(list).count }
            default:
                return type(" ", &state, form)
            }
        case .nextChoice, .previousChoice:
            guard case .choice(let list) = field.kind else { break }
            let count = Choices.values(list).count
            edit(&form, state) { $0.choice = ($0.choice + (command == .nextChoice ? 1 : count - 1)) % count }
        case .deleteBackward:
            guard !field.text.isEmpty else { break }
            edit(&form, state) { _ = $0.text.removeLast() }
        case .clearField:
            edit(&form, state) { $0.text = "" }
        }
        state.mode = .form(form)
        return []
    }

    /// Picks the option in the focused list of many, or unpicks it when it was picked.
    private static func togglePick(_ option: PickOption, _ form: inout Form, _ state: DashboardState) {
        edit(&form, state) { field in
            if let position = field.picked.firstIndex(of: option.value) {
                field.picked.remove(at: position)
            } else {
                field.picked.append(option.value)
            }
        }
    }

    /// A typed character: the next option whose name starts with it in a choice field, else the
    /// character at the end of the field's text.
    @discardableResult
    package static func type(_ character: Character, _ state: inout DashboardState, _ form: Form) -> [Effect] {
        var form = form
        let field = form.focusedField
        if case .choice(let list) = field.kind {
            let count = Choices.values(list).count
            let letter = SearchText.fold(String(character))
            let next = (1...count).map { (field.choice + $0) % count }.first {
                SearchText.fold(Choices.label(list, $0, state.language)).hasPrefix(letter)
            }
            if let next { edit(&form, state) { $0.choice = next } }
        } else {
            var refused = false
            edit(&form, state) { refused = !LineEditor.type(character, into: &$0.text) }
            if refused { state.message = LineEditor.refusal(state.language) }
        }
        state.mode = .form(form)
        return []
    }

    /// Pasted text at the end of the focused field (one line), never read as keys.
    package static func paste(_ text: String, _ state: inout DashboardState, _ form: Form) {
        var form = form
        guard !form.focusedField.kind.isChoice else { return }
        var refused = false
        edit(&form, state) { refused = !LineEditor.paste(text, into: &$0.text) }
        if refused { state.message = LineEditor.refusal(state.language) }
        state.mode = .form(form)
    }

    /// Changes the focused field: it counts as visited and changed by the user, its list starts
    /// again (a pick or source field highlights its first suggestion while its text names nothing),
    /// a refusal of an earlier submit is forgotten and the prefills follow.
    private static func edit(_ form: inout Form, _ state: DashboardState, _ change: (inout FormField) -> Void) {
        let before = form.fields[form.focus].text
        change(&form.fields[form.focus])
        form.fields[form.focus].touched = true
        form.error = nil
        guard form.fields[form.focus].text != before else { return }
        form.fields[form.focus].edited = true
        let field = form.fields[form.focus]
        switch field.kind {
        case .pick(let list):
            form.fields[form.focus].cursor = PickLists.resolve(list, field.text, form, state) == nil ? 0 : -1
        case .source:
            form.fields[form.focus].cursor = FormRules.reference(field.text, state) == .invalid ? 0 : -1
        default:
            form.fields[form.focus].cursor = 0
        }
        FormRules.followPrefills(&form, state)
    }

    /// Moves to the next (or previous) shown field, wrapping; the field left counts as visited.
    private static func moveFocus(_ form: inout Form, by step: Int, _ state: DashboardState) {
        form.fields[form.focus].touched = true
        let visible = FormRules.visibleFields(form, state)
        let position = visible.firstIndex(of: form.focus) ?? 0
        form.focus = visible[((position + step) % visible.count + visible.count) % visible.count]
    }

    /// Enter on a form: with a problem left, every problem is shown and the first one focused;
    /// else the edit is applied, or its refusal shown in the form with nothing changed.
    private static func submit(_ state: inout DashboardState, _ form: Form) -> [Effect] {
        var form = form
        form.submitted = true
        if let refusal = Editor.refusal(state) {
            state.message = refusal
            state.mode = .form(form)
            return []
        }
        guard let edit = FormEdit.edit(form, state) else {
            form.focus = FormRules.problems(form, state).first?.index ?? form.focus
            state.message = StatusMessage(state.language.text(.formHasProblems), isError: true)
            state.mode = .form(form)
            return []
        }
        do throws(EditError) {
            try Editor.apply(edit, &state)
            state.mode = .browsing
        } catch {
            form.error = error.description
            state.mode = .form(form)
        }
        return []
    }
}

extension FieldKind {
    var isChoice: Bool {
        if case .choice = self { return true }
        return false
    }
}
