import Localization
import RolloutData
import TerminalCanvas

/// The help screen, generated from the key-binding table.
package enum HelpPage {
    package static func items(_ state: DashboardState) -> [TextItem] {
        let language = state.language
        var items: [TextItem] = [.heading(language.text(.screenHelp))]
        if state.kiosk != nil { items += [.blank, .wrapped(language.text(.helpKiosk), role: .warning)] }
        for group in KeyBindings.groups {
            items.append(.blank)
            items.append(.heading(language.text(group)))
            for binding in KeyBindings.all where binding.group == group {
                items.append(.field(label: binding.label(state.glyphs).padded(toColumns: 14), value: language.text(binding.description), role: .text))
            }
        }
        items.append(.blank)
        items.append(.wrapped(language.text(.helpPrompts), role: .muted))
        return items
    }
}
