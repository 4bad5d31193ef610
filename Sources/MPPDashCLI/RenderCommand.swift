import ArgumentParser
import DashboardModel
import DashboardScreens
import NcursesScreen
import TerminalCanvas
import ThemeCatalog
import JSONSupport

/// `mppdash render`: one screen as plain text, without a terminal.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print a screen of the dashboard as plain text, without a terminal.",
        discussion: "For docs, scripts and tests. With --styles, the role of every cell follows, with the colours it has at the --colors depth (256 for auto)."
    )

    @Option(name: .long, help: ArgumentHelp("The screen: \(Route.nameForms).", valueName: "name"), transform: RenderCommand.parseRoute)
    var screen: Route = .screen(.overview)

    @Option(name: .long, help: ArgumentHelp("The size in columns and rows.", valueName: "WxH"), transform: RenderCommand.parseSize)
    var size: TerminalSize = TerminalSize(width: 80, height: 24)

    @OptionGroup var data: DataOptions
    @OptionGroup var language: LanguageOption
    @OptionGroup var display: DisplayOptions

    @Flag(name: .long, help: "Also print the role of every cell and the colours of each role.")
    var styles = false

    func run() throws {
        let store = try data.openStore()
        guard DashboardState.exists(screen, in: store.index) else {
            throw ValidationError("no such place in the data: --screen \(screen.name)")
        }
        let catalog = ThemeCatalog()
        let theme: Theme
        do throws(JSONFileError) {
            theme = try display.theme.map(catalog.resolve) ?? catalog.theme(named: "default") ?? .standard
        } catch {
            Output.error(error.description)
            throw ExitCode.failure
        }
        let state = DashboardState(store: store, today: try data.today(), asOf: data.asOf, language: language.lang, route: screen,
                                   width: size.width, height: size.height, glyphs: display.ascii ? .ascii : .unicode,
                                   theme: theme, themes: catalog.themes)
        let grid = DashboardRenderer.render(state)
        if styles {
            let depth = display.colors.depth ?? .ansi256
            try Output.emit(GridSnapshot.text(grid, theme: theme, depth: depth))
        } else {
            try Output.print(grid.text)
        }
    }

    static func parseRoute(_ text: String) throws -> Route {
        guard let route = Route(name: text) else {
            throw ValidationError("expected one of \(Route.nameForms) for --screen, found \"\(text)\"")
        }
        return route
    }

    static func parseSize(_ text: String) throws -> TerminalSize {
        let parts = text.lowercased().split(separator: "x")
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
              (1...1000).contains(width), (1...1000).contains(height) else {
            throw ValidationError("expected a size such as 80x24 for --size, found \"\(text)\"")
        }
        return TerminalSize(width: width, height: height)
    }
}

/// A size in columns and rows.
struct TerminalSize: Hashable {
    var width: Int
    var height: Int
}
