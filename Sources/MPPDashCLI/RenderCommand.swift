import ArgumentParser
import DashboardModel
import DashboardScreens
import NcursesScreen
import TerminalCanvas
import ThemeCatalog
import JSONSupport
import RolloutData

/// `mppdash render`: one screen as plain text, without a terminal.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print a screen of the dashboard as plain text, an SVG picture or an HTML page, without a terminal.",
        discussion: """
            For docs, scripts, slides and tests. With --styles, the role of every cell follows, with the colours it has at the \
            --colors depth (256 for auto). --format svg and html draw the screen as the terminal shows it, in the theme's colours \
            at that depth. With --output the file is written atomically; otherwise the screen goes to standard output.
            """
    )

    /// What `render` writes.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text, svg, html
    }

    @Option(name: .long, help: ArgumentHelp("The screen: \(Route.nameForms).", valueName: "name"), transform: RenderCommand.parseRoute)
    var screen: Route = .screen(.overview)

    @Option(name: .long, help: ArgumentHelp("The size in columns and rows.", valueName: "WxH"), transform: RenderCommand.parseSize)
    var size: TerminalSize = TerminalSize(width: 80, height: 24)

    @OptionGroup var data: DataOptions
    @OptionGroup var language: LanguageOption
    @OptionGroup var display: DisplayOptions

    @Flag(name: .long, help: "Also print the role of every cell and the colours of each role (text only).")
    var styles = false

    @Option(name: .long, help: "The format: text, svg or html.")
    var format: Format = .text

    @Option(name: .long, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        if styles, format != .text {
            throw ValidationError("--styles goes with --format text only, found --format \(format.rawValue)")
        }
        if display.bigFigures, screen != .screen(.overview) {
            throw ValidationError("--big-figures goes with --screen overview only, found --screen \(screen.name)")
        }
    }

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
        var state = DashboardState(store: store, today: try data.today(), asOf: data.asOf, language: language.lang, route: screen,
                                   width: size.width, height: size.height, glyphs: display.ascii ? .ascii : .unicode,
                                   theme: theme, themes: catalog.themes)
        state.bigFigures = display.bigFigures
        let grid = DashboardRenderer.render(state)
        let depth = display.colors.depth ?? .ansi256
        let text: String
        switch format {
        case .text: text = styles ? GridSnapshot.text(grid, theme: theme, depth: depth) : grid.text + "\n"
        case .svg: text = SVGPicture.svg(grid, theme: theme, depth: depth)
        case .html: text = HTMLPicture.html(grid, theme: theme, depth: depth, title: "mppdash — \(screen.name)")
        }
        guard let output else {
            try Output.emit(text)
            return
        }
        do {
            try SnapshotFile.writeAtomically(Array(text.utf8), to: output, keepBackup: false)
        } catch {
            Output.error(error.description)
            throw ExitCode.failure
        }
        Output.error("\(output): wrote \(format.rawValue)")
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
