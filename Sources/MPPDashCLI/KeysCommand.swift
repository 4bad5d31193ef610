import ArgumentParser
import DashboardModel
import Localization

/// `mppdash keys`: the dashboard's keys as a reference for the people who use it, in both
/// languages; docs/KEYBINDINGS.md and the README's key table are its output.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Print every key of the dashboard, in English and Bahasa Indonesia (Markdown, as in docs/KEYBINDINGS.md)."
    )

    func run() throws {
        try Output.print(Self.reference())
    }

    /// The title, a line on what it is, a table per group of keys and how to type in the / and :
    /// lines, each in English and Bahasa Indonesia.
    static func reference() -> String {
        func both(_ key: TextKey) -> String { "\(Language.english.text(key)) / \(Language.indonesian.text(key))" }
        var lines = ["# \(both(.keysTitle))", "", Language.english.text(.keysIntro), "", Language.indonesian.text(.keysIntro), ""]
        for group in KeyBindings.groups {
            lines += ["## \(both(group))", "", "| keys | action | aksi |", "|---|---|---|"]
            for binding in KeyBindings.all where binding.group == group {
                let keys = spelledOut(binding.label(.unicode)).map { "`\($0)`" }.joined(separator: ", ")
                lines.append("| \(keys) | \(Language.english.text(binding.description)) | \(Language.indonesian.text(binding.description)) |")
            }
            lines.append("")
        }
        lines += ["## \(both(.groupPrompts))", "", Language.english.text(.helpPrompts), "", Language.indonesian.text(.helpPrompts), ""]
        lines += ["## \(both(.kioskTitle))", "", Language.english.text(.helpKiosk), "", Language.indonesian.text(.helpKiosk), ""]
        return lines.joined(separator: "\n")
    }

    /// The keys of a binding's short label (`PgDn/^F`) as they are written on a keyboard:
    /// `Page Down`, `Ctrl-F`; a `|` escaped for a Markdown table.
    static func spelledOut(_ label: String) -> [String] {
        let names = ["PgDn": "Page Down", "PgUp": "Page Up", "Bksp": "Backspace", "S-Tab": "Shift-Tab"]
        let keys = label == "/" ? [label] : label.split(separator: "/").map(String.init)
        return keys.map { key in
            if let name = names[key] { return name }
            if key.count == 2, key.hasPrefix("^") { return "Ctrl-" + key.dropFirst() }
            return key.replacing("|", with: "\\|")
        }
    }
}
