import Dashboard
import JSONSupport
import Localization
import NcursesScreen
import RolloutData
import Synchronization
import TerminalCanvas
import ThemeCatalog

/// The interactive dashboard's loop: terminal events become actions, the reducer makes the next
/// state, the renderer draws it into a grid, and the screen copies what changed. It is the only
/// place where effects run and where time is read.
///
/// The data loads in the background behind a "loading" frame, so the terminal answers at once
/// even for a large snapshot, and q or Ctrl-C work while it loads.
@MainActor
final class DashboardApp {
    /// How a run ended: the exit code, and a message for standard error once the terminal is
    /// restored.
    struct Outcome {
        var code: Int32
        var message: String?
    }

    /// At most 30 frames a second; between frames, events are only collected.
    private static let frameInterval = Duration.milliseconds(33)
    /// How long to wait for input when nothing is pending; the wait ends early on any input or
    /// signal, so this only bounds how often an idle loop wakes up (it draws nothing then).
    private static let idleWaitMilliseconds: Int32 = 1000
    /// How often to look whether the data has loaded.
    private static let loadingPollMilliseconds: Int32 = 1

    private let snapshotPath: String?
    private let options: TerminalOptions
    private let today: Day
    private let asOf: Day?
    private let language: Language
    private let themeChoice: String?

    init(snapshotPath: String?, options: TerminalOptions, today: Day, asOf: Day?, language: Language, themeChoice: String?) {
        self.snapshotPath = snapshotPath
        self.options = options
        self.today = today
        self.asOf = asOf
        self.language = language
        self.themeChoice = themeChoice
    }

    /// Runs until the user quits, a signal or hangup ends it, or the data cannot be loaded.
    func run() -> Outcome {
        // The built-in dataset takes milliseconds: it is ready before the first frame, which is
        // then the dashboard itself. A snapshot file loads in the background behind a loading
        // frame, started before the terminal is set up so that the two overlap.
        let loaded = snapshotPath == nil ? Loading.finished(today: today, asOf: asOf, language: language)
            : Loading.start(path: snapshotPath, today: today, asOf: asOf, language: language)
        let screen: NcursesScreen
        do throws(TerminalError) {
            screen = try NcursesScreen.open(options)
        } catch {
            return Outcome(code: error.exitCode, message: "mppdash: \(error.description)")
        }
        defer { screen.close() }
        let catalog = ThemeCatalog()
        let (theme, themeProblem) = ThemeSettings.startingTheme(option: themeChoice, catalog: catalog)
        screen.theme = theme
        let source = snapshotPath ?? BuiltinDataset.fileName
        var size = (width: screen.width, height: screen.height)
        if loaded.result == nil {
            screen.present(LoadingScreen.render(width: size.width, height: size.height, source: source, language: language,
                                                glyphs: screen.glyphs))
        }
        var state: DashboardState
        while true {
            if let signal = SignalWatcher.pending { return Outcome(code: 128 + signal) }
            if let result = loaded.result {
                switch result {
                case .success(var ready):
                    ready.width = size.width
                    ready.height = size.height
                    ready.setTerminalGlyphs(screen.glyphs)
                    ready.notices = screen.notices
                    ready.themes = catalog.themes
                    ready.use(theme)
                    ready.themeProblem = themeProblem.map { language.text(.themeFallback, $0.lines.first ?? $0.description) }
                    state = ready
                case .failure(let error):
                    return Outcome(code: 1, message: error.description)
                }
                break
            }
            switch screen.nextEvent(timeoutMilliseconds: Self.loadingPollMilliseconds) {
            case .hangup?: return Outcome(code: 128 + 1)
            case .key(.character("q"))?: return Outcome(code: 0)
            case .resize(let width, let height)?:
                size = (width, height)
                screen.present(LoadingScreen.render(width: width, height: height, source: source, language: language,
                                                    glyphs: screen.glyphs))
            default: continue
            }
        }
        return loop(&state, on: screen)
    }

    private func loop(_ state: inout DashboardState, on screen: NcursesScreen) -> Outcome {
        let clock = ContinuousClock()
        screen.present(DashboardRenderer.render(state))
        var lastFrame = clock.now
        var needsFrame = false
        while true {
            if let signal = SignalWatcher.pending { return Outcome(code: 128 + signal) }
            var timeout = Self.idleWaitMilliseconds
            if needsFrame {
                let remaining = Self.frameInterval - (clock.now - lastFrame)
                if remaining <= .zero {
                    screen.present(DashboardRenderer.render(state))
                    lastFrame = clock.now
                    needsFrame = false
                    continue
                }
                timeout = Int32(max(1, remaining.components.attoseconds / 1_000_000_000_000_000))
            }
            guard let event = screen.nextEvent(timeoutMilliseconds: timeout) else { continue }
            switch event {
            case .hangup:
                return Outcome(code: 128 + 1)
            case .resize(let width, let height):
                _ = Reducer.reduce(&state, .resize(width: width, height: height))
                needsFrame = true
            case .key(let key):
                for effect in Reducer.reduce(&state, key: key) {
                    switch effect {
                    case .quit:
                        return Outcome(code: 0)
                    case .export(let request):
                        _ = Reducer.reduce(&state, .notify(ViewExportWriter.write(request, asOf: state.asOf, language: state.language)))
                    case .saveTheme(let name):
                        _ = Reducer.reduce(&state, .notify(Self.save(theme: name, language: state.language)))
                    }
                }
                if screen.theme != state.theme { screen.theme = state.theme }
                needsFrame = true
            }
        }
    }
}

extension DashboardApp {
    static func save(theme name: String, language: Language) -> StatusMessage {
        do throws(JSONFileError) {
            return StatusMessage(language.text(.themeSaved, name, try ThemeSettings.saveThemeName(name)))
        } catch {
            return StatusMessage(error.description, isError: true)
        }
    }
}

/// The data and the first figures, made on a background thread while the terminal shows the
/// loading frame.
final class Loading: Sendable {
    private let outcome = Mutex<Result<DashboardState, SnapshotError>?>(nil)

    /// The state once loading has finished, successfully or not; nil while it runs.
    var result: Result<DashboardState, SnapshotError>? { outcome.withLock { $0 } }

    static func start(path: String?, today: Day, asOf: Day?, language: Language) -> Loading {
        let loading = Loading()
        Task.detached(priority: .userInitiated) {
            let result = load(path: path, today: today, asOf: asOf, language: language)
            loading.outcome.withLock { $0 = result }
        }
        return loading
    }

    /// The built-in dataset, loaded now.
    static func finished(today: Day, asOf: Day?, language: Language) -> Loading {
        let loading = Loading()
        let result = load(path: nil, today: today, asOf: asOf, language: language)
        loading.outcome.withLock { $0 = result }
        return loading
    }

    private static func load(path: String?, today: Day, asOf: Day?, language: Language) -> Result<DashboardState, SnapshotError> {
        Result { () throws(SnapshotError) -> DashboardState in
            DashboardState(store: try RolloutStore.open(path), today: today, asOf: asOf, language: language)
        }
    }
}
