import ArgumentParser
import DashboardModel
import Localization
import NcursesScreen
import RolloutData

/// `mppdash` / `mppdash dashboard`: the interactive dashboard in the terminal.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the interactive dashboard (what mppdash does with no subcommand).",
        discussion: """
            Screens (Tab, or the number): \(screens). Enter opens the line chosen, ? lists every key \
            (as `mppdash keys` does). Needs a terminal with cursor addressing; exits 2 otherwise (use \
            `mppdash summary` or `mppdash render` in scripts). The terminal is restored on quitting, \
            Ctrl-C, SIGTERM, SIGHUP and errors; a signal exits with 128 + its number.

            --kiosk presents the dashboard by itself, for a lobby screen or a projector: the screens \
            of --screens in turn, one every --cycle, the Provinces showing the next province's \
            kabupaten/kota each round. Any key pauses the cycle, which goes on after --resume-after \
            without keys; q, Q and Ctrl-C do nothing unless --kiosk-quit-key is given; the data is \
            read-only and nothing is written. SIGTERM and SIGHUP end it.
            """
    )

    /// `1 Overview, 2 Provinces, …`: the top-level screens and their number keys.
    static var screens: String {
        Screen.allCases.map { "\($0.number) \(Language.english.text($0.title))" }.joined(separator: ", ")
    }

    @OptionGroup var data: DataOptions
    @OptionGroup var language: LanguageOption
    @OptionGroup var display: DisplayOptions
    @OptionGroup var kiosk: KioskOptions

    @Flag(name: .customLong("read-only"), help: "Browse only: no edit keys and no writes at all, not even the config file.")
    var readOnly = false

    @Option(name: .long, help: ArgumentHelp("Who makes the edits, for the audit log (default: USER, with the SSH client's address).", valueName: "name"))
    var user: String?

    @Option(name: .long, help: ArgumentHelp("Record the session as an asciicast v2 file, which asciinema players show.", valueName: "file.cast"))
    var record: String?

    @Flag(name: .long, help: "Open replaying the rollout batch by batch up to the data's date (the `r` key): + - speed, Space pauses, arrows step, Esc ends.")
    var replay = false

    func run() throws {
        let kiosk = try self.kiosk.settings()
        var terminal = display.terminalOptions
        // In the kiosk Ctrl-C is a key, which does nothing unless --kiosk-quit-key is given.
        terminal.controlKeysAsSignals = kiosk == nil
        let options = terminal
        let path = data.snapshot
        let asOf = data.asOf
        let today = try data.today()
        let language = language.lang
        let theme = display.theme
        let readOnly = readOnly
        let bigFigures = display.bigFigures
        let user = AuditUser.current(option: user)
        let replay = replay
        let recorder: CastRecorder?
        do throws(CastRecorderError) {
            recorder = try record.map { path throws(CastRecorderError) in try CastRecorder(path: path) }
        } catch {
            Output.error("mppdash: \(error)")
            throw ExitCode.failure
        }
        let outcome = MainActor.assumeIsolated {
            DashboardApp(snapshotPath: path, options: options, today: today, asOf: asOf, language: language, themeChoice: theme,
                         readOnly: readOnly, bigFigures: bigFigures, user: user, recorder: recorder, kiosk: kiosk,
                         replay: replay).run()
        }
        DashboardApp.end(outcome)
    }
}

/// How the screen is drawn: colour depth, glyphs, theme, and the Overview in big figures.
struct DisplayOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Colours: auto (from the terminal, capped by NO_COLOR), mono, 8, 16 or 256.", valueName: "auto|mono|8|16|256"), transform: DisplayOptions.parseColors)
    var colors: ColorOverride = .auto

    @Flag(name: .long, help: "Draw with ASCII characters only, whatever the locale.")
    var ascii = false

    @Option(name: .long, help: ArgumentHelp("A theme by name (see `mppdash themes`) or a theme file; else MPPDASH_THEME, then the config file, then default.", valueName: "name|path"))
    var theme: String?

    @Flag(name: .customLong("big-figures"), help: "The Overview in big figures, for a projector or a slide (the key b switches).")
    var bigFigures = false

    var terminalOptions: TerminalOptions { TerminalOptions(colors: colors, forceASCII: ascii) }

    static func parseColors(_ text: String) throws -> ColorOverride {
        guard let colors = ColorOverride(rawValue: text.lowercased()) else {
            throw ValidationError("expected auto, mono, 8, 16 or 256 for --colors, found \"\(text)\"")
        }
        return colors
    }
}
