import ArgumentParser
import DashboardModel
import DashboardScreens

/// `mppdash keys`: the key bindings, as docs/KEYBINDINGS.md is generated.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Print the dashboard's key bindings as Markdown (the text of docs/KEYBINDINGS.md)."
    )

    func run() throws {
        try Output.print(KeyBindings.markdown())
    }
}
