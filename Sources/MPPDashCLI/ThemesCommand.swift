import ArgumentParser
import DashboardModel
import DashboardScreens
import JSONSupport
import TerminalCanvas
import ThemeCatalog
import Localization

/// `mppdash themes`: the themes to choose from, and checking a theme file.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the colour themes (built-in and yours), or check theme files.",
        discussion: "Your themes are the files in $XDG_CONFIG_HOME/mppdash/themes/*.json (~/.config without XDG_CONFIG_HOME); the format is in Themes/README.md.",
        subcommands: [ListThemes.self, CheckThemes.self],
        defaultSubcommand: ListThemes.self
    )
}

/// `mppdash themes list`.
struct ListThemes: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the themes; * marks the one in use.")

    @OptionGroup var language: LanguageOption

    func run() throws {
        let catalog = ThemeCatalog()
        let (current, problem) = ThemeSettings.startingTheme(option: nil, catalog: catalog)
        let builtin = Set(BuiltinThemes.all.map(\.name))
        let language = language.lang
        let origins = (builtIn: language.text(.themeBuiltIn), yours: language.text(.themeYours))
        let width = catalog.names.map(\.count).max() ?? 0
        let originWidth = max(origins.builtIn.count, origins.yours.count)
        for theme in catalog.themes {
            let mark = theme.name == current.name ? "*" : " "
            let origin = builtin.contains(theme.name) ? origins.builtIn : origins.yours
            try Output.print("\(mark) \(theme.name.padding(to: width)) \(origin.padding(to: originWidth)) \(language.pick(theme.description))")
        }
        for error in catalog.problems + (problem.map { [$0] } ?? []) { Output.error(error.description) }
    }
}

/// `mppdash themes check FILE...`.
struct CheckThemes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check theme files; print OK or every problem as FILE: PATH: message.",
        discussion: "Exits 0 when every file is a valid theme and 1 otherwise.")

    @Argument(help: ArgumentHelp("The theme files.", valueName: "file"))
    var files: [String]

    func run() throws {
        var failed = false
        for file in files {
            let problem: JSONFileError?
            do throws(JSONFileError) {
                _ = try ThemeCatalog.load(path: file)
                problem = nil
            } catch {
                problem = error
            }
            if problem != nil { failed = true }
            try Output.print(problem?.description ?? "\(file): OK")
        }
        if failed { throw ExitCode.failure }
    }
}

extension String {
    func padding(to width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
